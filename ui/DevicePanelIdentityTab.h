#pragma once
// Identity and network of one device: names, model, serial, firmware, MAC and IP addresses (with
// the last known address and when it changed), when it was seen, the credential profile that
// worked and how it was discovered.

#include "DevicePanelTab.h"

#include <QHash>

#include <initializer_list>

class QFormLayout;
class QGroupBox;
class QLabel;

namespace fleet::ui {

class DevicePanelIdentityTab final : public DevicePanelTab
{
    Q_OBJECT
public:
    explicit DevicePanelIdentityTab(QWidget *parent = nullptr);

    void showDetails(const storage::DeviceDetails &details) override;
    void clear() override;

    // The value label of a field ("serial", "ipChanged"...), for tests and accessibility.
    QLabel *valueLabel(const QString &field) const { return m_values.value(field); }

private:
    struct Field
    {
        QString key;   // the value label's name without "Value"
        QString label; // the caption, translated
    };
    // A titled group of fields, in the order given.
    QGroupBox *addGroup(const QString &title, std::initializer_list<Field> fields, QWidget *content);
    void addField(QFormLayout *form, const QString &field, const QString &label);
    void set(const QString &field, const QString &text);

    QHash<QString, QLabel *> m_values;
};

} // namespace fleet::ui
