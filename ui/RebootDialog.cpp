#include "RebootDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace fleet::ui {

RebootDialog::RebootDialog(const QString &device, const QStringList &profiles, const QString &preferred,
                           QWidget *parent)
    : QDialog(parent)
    , m_profiles(new QComboBox(this))
    , m_reboot(new QPushButton(tr("&Reboot"), this))
{
    setObjectName(QStringLiteral("rebootDialog"));
    setWindowTitle(tr("Reboot %1").arg(device));
    auto *question = new QLabel(
        tr("Reboot %1 now? Jobs it is printing are lost, and it is unreachable until it has restarted.").arg(device),
        this);
    question->setObjectName(QStringLiteral("rebootQuestion"));
    question->setWordWrap(true);
    question->setTextFormat(Qt::PlainText);

    m_profiles->setObjectName(QStringLiteral("writeCredential"));
    m_profiles->addItems(profiles);
    m_profiles->setCurrentIndex(std::max<qsizetype>(0, profiles.indexOf(preferred)));
    auto *form = new QFormLayout;
    form->addRow(tr("&Write credential profile:"), m_profiles);

    m_reboot->setObjectName(QStringLiteral("confirmReboot"));
    m_reboot->setEnabled(!profiles.isEmpty());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_reboot, QDialogButtonBox::AcceptRole);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelReboot"));
    // Cancel is the default: Enter must not reboot a device by accident.
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    m_reboot->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(question);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QString RebootDialog::writeProfile() const
{
    return m_profiles->currentText();
}

void RebootDialog::setWriteProfile(const QString &name)
{
    m_profiles->setCurrentIndex(std::max(0, m_profiles->findText(name)));
}

} // namespace fleet::ui
