#pragma once
// The command list of GET /v1/commands treated as untrusted input (docs/protocol.md): a
// document that is too large, not JSON or not shaped as the protocol says is refused whole; each
// command is checked on its own (known action, a device this agent stores, exactly the parameters
// the action takes, not expired, an id that is unique and safe in a URL) and is either accepted or
// rejected with a reason the server is told.

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace fleet::sync {

enum class CommandAction : quint8 { RefreshStatus, SyncNow, Reboot, PrintTestPage, FirmwareUpgrade, Troubleshoot };
QString commandActionName(CommandAction action);
std::optional<CommandAction> commandActionFromName(const QString &name);

struct Command
{
    QString id;
    CommandAction action = CommandAction::RefreshStatus;
    std::optional<qint64> deviceId;
    QString deviceSerial;
    QJsonObject parameters;
    QDateTime issuedAt;
    QDateTime expiresAt;  // invalid: none given
    QJsonObject document; // the command as received, for the local record
};

struct CommandRejection
{
    QString id;             // empty when the command had no usable id
    QString reason;         // readable, sent to the server as the result message
    bool reportable = true; // false: no result can or may be posted (bad id, duplicate of another)
    QJsonObject document;
};

struct CommandBatch
{
    QString documentError; // non-empty: the whole document was refused
    QList<Command> accepted;
    QList<CommandRejection> rejected;
};

class CommandValidator
{
public:
    static constexpr qint64 kMaxDocumentBytes = 1024 * 1024;
    static constexpr int kMaxCommands = 200;
    static constexpr int kMaxIdLength = 64;
    static constexpr int kMaxSerialLength = 128;

    // Given a device id, its stored serial ("" when it has none), or nullopt when the agent does
    // not know the device.
    using DeviceLookup = std::function<std::optional<QString>(qint64 deviceId)>;

    static CommandBatch parse(const QByteArray &body, const DeviceLookup &devices, const QDateTime &now);
};

} // namespace fleet::sync
