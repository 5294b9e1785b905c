#pragma once
// The alert thresholds (alerting::ThresholdSettings): when a supply is low, how few days to empty
// are reported, how many failed polls make a device "not answering", and the agent's own limits.
// One spin box per threshold, with its range from the core. Reading and saving run on a worker
// thread; OK saves through alerting::changeThresholds as the acting user, so the core checks the
// permission and audits the change. "Not reporting" lives in the poll settings and is only named.

#include "alerting/ConditionEvaluator.h"
#include "security/Permissions.h"
#include "util/ProfileRoot.h"

#include <QDialog>
#include <QMap>

#include <optional>

class QAbstractSpinBox;
class QDialogButtonBox;
class QLabel;
class QMenu;

namespace fleet::storage {
class DatabaseWorker;
}
namespace fleet::security {
class Session;
}

namespace fleet::ui {

class AlertThresholdsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit AlertThresholdsDialog(const ProfileRoot &profile, QWidget *parent = nullptr);
    ~AlertThresholdsDialog() override;
    Q_DISABLE_COPY_MOVE(AlertThresholdsDialog)

    // Adds "Alert thresholds…" to menu; the dialog acts as the session's user at the moment of saving.
    static QAction *install(const ProfileRoot &profile, QMenu *menu, security::Session *session, QWidget *window);

    // What the form says.
    alerting::Thresholds thresholds() const;
    bool isBusy() const { return m_busy; }
    bool isLoaded() const { return m_loaded; } // the stored values are in the form
    void setActor(const security::Actor &actor) { m_actor = actor; }

Q_SIGNALS:
    void loaded();
    void saved();
    void saveFailed(const QString &message);

public Q_SLOTS:
    void accept() override; // saves, then closes

private:
    void showThresholds(const alerting::Thresholds &t);
    void setBusy(bool busy);

    storage::DatabaseWorker *m_worker;
    QMap<QString, QAbstractSpinBox *> m_fields; // by threshold name
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    bool m_busy = false;
    bool m_loaded = false;
    std::optional<security::Actor> m_actor;
};

} // namespace fleet::ui
