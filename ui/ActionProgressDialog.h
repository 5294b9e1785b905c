#pragma once
// Follows one running device action without blocking the window: a progress bar, the action's own
// status text, Cancel while it runs, then the outcome with its message and, on request, the details
// behind it. Non-modal, so several actions on several devices can be watched at once.

#include "actions/ActionRunner.h"
#include "actions/ActionTypes.h"

#include <QDialog>
#include <QPointer>

#include <optional>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QToolButton;

namespace fleet::ui {

class ActionProgressDialog final : public QDialog
{
    Q_OBJECT
public:
    // title: the action's title; device: the device's label, both shown in the window title.
    ActionProgressDialog(const QString &title, const QString &device, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ActionProgressDialog)

    // Follows runner (which must not have finished yet); Cancel asks it to stop. The runner is not
    // owned: whoever runs it keeps it until its finished().
    void follow(actions::ActionRunner *runner);
    // Shows a result that did not come from a runner (e.g. an action refused before it started).
    void showResult(const actions::ActionResult &result);

    // Close by itself once the action has finished (the user can change it with the checkbox).
    void setCloseOnFinish(bool close);
    bool closeOnFinish() const;

    bool isRunning() const { return m_runner && !m_result; }
    const std::optional<actions::ActionResult> &result() const { return m_result; }
    QProgressBar *progressBar() const { return m_bar; }
    QString statusText() const;

Q_SIGNALS:
    // After the result is shown (before a close-on-finish close).
    void actionFinished(const fleet::actions::ActionResult &result);

protected:
    void reject() override;

private:
    void onProgress(int percent, const QString &text);
    void setDetailsVisible(bool visible);

    QPointer<actions::ActionRunner> m_runner;
    std::optional<actions::ActionResult> m_result;
    QLabel *m_status;
    QProgressBar *m_bar;
    QLabel *m_outcome;
    QLabel *m_message;
    QToolButton *m_detailsToggle;
    QPlainTextEdit *m_details;
    QCheckBox *m_closeOnFinish;
    QPushButton *m_cancel;
    QPushButton *m_close;
    bool m_cancelRequested = false;
};

// "succeeded" etc. as a translated word for people.
QString outcomeTitle(actions::Outcome outcome);

} // namespace fleet::ui
