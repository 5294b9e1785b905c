#pragma once
// Asks before a reboot: names the device and lets the user choose which stored credential profile
// sends the SET (devices usually take it only with a separate write community or SNMPv3 user).

#include <QDialog>

class QComboBox;
class QPushButton;

namespace fleet::ui {

class RebootDialog final : public QDialog
{
    Q_OBJECT
public:
    // profiles: the stored credential profile names in their order of trial; preferred is selected.
    RebootDialog(const QString &device, const QStringList &profiles, const QString &preferred,
                 QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(RebootDialog)

    QString writeProfile() const;
    void setWriteProfile(const QString &name);
    QPushButton *rebootButton() const { return m_reboot; }

private:
    QComboBox *m_profiles;
    QPushButton *m_reboot;
};

} // namespace fleet::ui
