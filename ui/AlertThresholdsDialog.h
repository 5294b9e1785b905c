#pragma once
// The alert thresholds (alerting::ThresholdSettings): when a supply is low, how few days to empty
// are reported, how many failed polls make a device "not answering", and the agent's own limits.
// One spin box per threshold, with its range from the core. Reading and saving run on a worker
// thread; OK saves through alerting::changeThresholds as the acting user, so the core checks the
// permission and audits the change. "Not reporting" lives in the poll settings and is only named.

#include "GuardedSettingsDialog.h"
#include "alerting/ConditionEvaluator.h"
#include "util/ProfileRoot.h"

#include <QMap>

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

class AlertThresholdsDialog final : public GuardedSettingsDialog
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

public Q_SLOTS:
    void accept() override; // saves, then closes

private:
    void showThresholds(const alerting::Thresholds &t);
    void updateControls() override;

    storage::DatabaseWorker *m_worker;
    QMap<QString, QAbstractSpinBox *> m_fields; // by threshold name
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace fleet::ui
