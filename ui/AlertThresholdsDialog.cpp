#include "AlertThresholdsDialog.h"
#include "DialogMenuEntry.h"

#include "alerting/ThresholdSettings.h"
#include "security/Session.h"
#include "storage/DatabaseWorker.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace fleet::ui {

AlertThresholdsDialog::AlertThresholdsDialog(const ProfileRoot &profile, QWidget *parent)
    : GuardedSettingsDialog(parent)
    , m_worker(new storage::DatabaseWorker(profile.databasePath(), QStringLiteral("alert-thresholds"), this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("alertThresholdsDialog"));
    setWindowTitle(tr("Alert thresholds"));
    auto *form = new QFormLayout;
    for (const alerting::ThresholdField &f : alerting::thresholdFields()) {
        QAbstractSpinBox *box = nullptr;
        if (f.integral()) {
            auto *spin = new QSpinBox(this);
            spin->setRange(int(f.minimum), int(f.maximum));
            box = spin;
        } else {
            auto *spin = new QDoubleSpinBox(this);
            spin->setDecimals(1);
            spin->setRange(f.minimum, f.maximum);
            box = spin;
        }
        box->setObjectName(QStringLiteral("threshold-") + f.name);
        box->setAccessibleName(f.description());
        auto *label = new QLabel(f.description(), this);
        label->setWordWrap(true);
        label->setBuddy(box);
        form->addRow(label, box);
        m_fields.insert(f.name, box);
    }
    auto *notReporting = new QLabel(tr("When a device counts as not reporting (no successful poll for some hours) "
                                       "is set with the poll settings (Fleet > Settings)."),
                                    this);
    notReporting->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("thresholdsMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_buttons->setObjectName(QStringLiteral("thresholdsButtons"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(notReporting);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AlertThresholdsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    setBusy(true);
    m_worker->run<alerting::Thresholds>([](storage::Database &db) { return alerting::loadThresholds(db); }, this,
                                        [this](storage::Result<alerting::Thresholds> r) {
                                            setBusy(false);
                                            if (!r) {
                                                m_message->setText(
                                                    tr("Cannot read the thresholds: %1").arg(r.error().message));
                                                return;
                                            }
                                            showThresholds(*r);
                                            markLoaded();
                                        });
}

AlertThresholdsDialog::~AlertThresholdsDialog()
{
    delete m_worker; // waits for a save in progress before the widgets go
}

QAction *AlertThresholdsDialog::install(const ProfileRoot &profile, QMenu *menu, security::Session *session,
                                        QWidget *window)
{
    return addDialogMenuEntry<AlertThresholdsDialog>(menu, tr("Alert &thresholds…"), QStringLiteral("alertThresholds"),
                                                     profile, session, window);
}

void AlertThresholdsDialog::showThresholds(const alerting::Thresholds &t)
{
    for (const alerting::ThresholdField &f : alerting::thresholdFields()) {
        QAbstractSpinBox *box = m_fields.value(f.name);
        if (auto *spin = qobject_cast<QSpinBox *>(box))
            spin->setValue(int(f.valueIn(t)));
        else if (auto *real = qobject_cast<QDoubleSpinBox *>(box))
            real->setValue(f.valueIn(t));
    }
}

alerting::Thresholds AlertThresholdsDialog::thresholds() const
{
    alerting::Thresholds t;
    for (const alerting::ThresholdField &f : alerting::thresholdFields()) {
        QAbstractSpinBox *box = m_fields.value(f.name);
        if (auto *spin = qobject_cast<QSpinBox *>(box))
            f.setIn(t, spin->value());
        else if (auto *real = qobject_cast<QDoubleSpinBox *>(box))
            f.setIn(t, real->value());
    }
    return t;
}

void AlertThresholdsDialog::updateControls()
{
    // Never save the defaults over values that could not be read.
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(isLoaded() && !isBusy());
}

void AlertThresholdsDialog::accept()
{
    if (isBusy() || !isLoaded())
        return;
    setBusy(true);
    m_worker->run<security::SecurityError>(
        [t = thresholds(), actor = actingUser()](storage::Database &db) -> storage::Result<security::SecurityError> {
            return alerting::changeThresholds(db, actor, t);
        },
        this,
        [this](storage::Result<security::SecurityError> r) {
            setBusy(false);
            if (!r || r->isError()) {
                m_message->setText(tr("Cannot save the thresholds: %1").arg(!r ? r.error().message : r->message));
                Q_EMIT saveFailed(m_message->text());
                return;
            }
            Q_EMIT saved();
            QDialog::accept();
        });
}

} // namespace fleet::ui
