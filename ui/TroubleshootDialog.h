#pragma once
// The troubleshooting checklist of one device as the core returned it: one row per step with a
// pass, fail or skipped icon and the step's detail, the failing steps named above the list.

#include "actions/ActionTypes.h"

#include <QDialog>

class QLabel;
class QTreeWidget;

namespace fleet::ui {

class TroubleshootDialog final : public QDialog
{
    Q_OBJECT
public:
    enum class StepState : quint8 { Passed, Failed, Skipped };
    // The step's state in column 0 under this role (an int of StepState), for tests and tools.
    static constexpr int StateRole = Qt::UserRole + 1;

    explicit TroubleshootDialog(const QString &device, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(TroubleshootDialog)

    void setResult(const actions::ActionResult &result);

    QTreeWidget *checklist() const { return m_list; }
    // "Failed: TCP port 9100, …" or that every step passed.
    QString summary() const;

private:
    QLabel *m_summary;
    QLabel *m_message;
    QTreeWidget *m_list;
};

} // namespace fleet::ui
