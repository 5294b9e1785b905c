#include "actions/ActionTypes.h"

#include <QCoreApplication>
#include <QJsonArray>

Q_LOGGING_CATEGORY(lcActions, "fleet.actions", QtInfoMsg)

namespace fleet::actions {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("fleet::actions", s);
}
} // namespace

QString actionName(ActionKind kind)
{
    switch (kind) {
    case ActionKind::Status:
        return QStringLiteral("status");
    case ActionKind::Reboot:
        return QStringLiteral("reboot");
    case ActionKind::TestPage:
        return QStringLiteral("test-page");
    case ActionKind::Firmware:
        return QStringLiteral("firmware");
    case ActionKind::Troubleshoot:
        return QStringLiteral("troubleshoot");
    case ActionKind::WebPage:
        return QStringLiteral("web-page");
    case ActionKind::Manage:
        return QStringLiteral("manage");
    case ActionKind::Unmanage:
        return QStringLiteral("unmanage");
    }
    return {};
}

QList<ActionKind> allActions()
{
    return {ActionKind::Status,       ActionKind::Reboot,  ActionKind::TestPage, ActionKind::Firmware,
            ActionKind::Troubleshoot, ActionKind::WebPage, ActionKind::Manage,   ActionKind::Unmanage};
}

std::optional<ActionKind> actionFromName(QStringView name)
{
    for (ActionKind k : allActions())
        if (name.compare(actionName(k), Qt::CaseInsensitive) == 0)
            return k;
    return std::nullopt;
}

QString actionTitle(ActionKind kind)
{
    switch (kind) {
    case ActionKind::Status:
        return tr("Refresh status");
    case ActionKind::Reboot:
        return tr("Reboot");
    case ActionKind::TestPage:
        return tr("Print a test page");
    case ActionKind::Firmware:
        return tr("Firmware upgrade");
    case ActionKind::Troubleshoot:
        return tr("Troubleshoot");
    case ActionKind::WebPage:
        return tr("Open the web page");
    case ActionKind::Manage:
        return tr("Start device management");
    case ActionKind::Unmanage:
        return tr("Stop device management");
    }
    return {};
}

QString outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Succeeded:
        return QStringLiteral("succeeded");
    case Outcome::Failed:
        return QStringLiteral("failed");
    case Outcome::Refused:
        return QStringLiteral("refused");
    case Outcome::Cancelled:
        return QStringLiteral("cancelled");
    case Outcome::TimedOut:
        return QStringLiteral("timedOut");
    }
    return {};
}

QString DeviceTarget::label() const
{
    if (name.isEmpty() || name == host)
        return host;
    return QStringLiteral("%1 (%2)").arg(name, host);
}

void DeviceTarget::setAddress(const QString &address)
{
    const auto setPort = [this](QStringView text) {
        bool ok = false;
        const uint port = text.toUInt(&ok);
        if (ok && port > 0 && port < 65536)
            snmpPort = quint16(port);
    };
    host = address;
    if (address.startsWith(u'[')) {
        const qsizetype close = address.indexOf(u']');
        if (close < 0) {
            host = address.mid(1);
            return;
        }
        host = address.mid(1, close - 1);
        if (close + 1 < address.size() && address.at(close + 1) == u':')
            setPort(QStringView(address).mid(close + 2));
        return;
    }
    const qsizetype colon = address.lastIndexOf(u':');
    if (colon > 0 && address.indexOf(u':') == colon) { // one colon: host:port; more: a bare IPv6 address
        host = address.left(colon);
        setPort(QStringView(address).mid(colon + 1));
    }
}

QJsonObject ActionOptions::toJson(ActionKind kind) const
{
    QJsonObject o;
    switch (kind) {
    case ActionKind::TestPage:
        o.insert(QStringLiteral("protocol"), useLpr ? QStringLiteral("lpr") : QStringLiteral("raw"));
        o.insert(QStringLiteral("port"), useLpr ? lprPort : rawPort);
        break;
    case ActionKind::Firmware:
        o.insert(QStringLiteral("file"), firmwarePath);
        o.insert(QStringLiteral("confirmed"), confirmed);
        o.insert(QStringLiteral("port"), rawPort);
        break;
    case ActionKind::Reboot:
        o.insert(QStringLiteral("timeoutMs"), rebootTimeoutMs);
        o.insert(QStringLiteral("hrDeviceIndex"), resetDeviceIndex);
        break;
    case ActionKind::Troubleshoot: {
        QJsonArray ports;
        for (quint16 p : tcpPorts)
            ports.append(p);
        o.insert(QStringLiteral("tcpPorts"), ports);
        break;
    }
    case ActionKind::Status:
    case ActionKind::WebPage:
    case ActionKind::Manage:
    case ActionKind::Unmanage:
        break;
    }
    return o;
}

} // namespace fleet::actions
