#include "receiver/ReceiverCli.h"

#include "receiver/ReceiverService.h"
#include "receiver/ReceiverStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSocketNotifier>
#include <QStandardPaths>
#include <QTime>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#include <unistd.h>

#include <csignal>
#endif

namespace fleet::receiver {

namespace {
enum ExitCode { Ok = 0, Failed = 1, Usage = 2 };

// Every message of this file goes through Tr::tr(). lupdate files a bare tr() under the class or namespace around
// each call, so a free helper with one fixed context is looked up under another name than the catalogue uses;
// a qualified Tr::tr() is filed under the name declared here wherever it is called.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(fleet::receiver::Cli)
};

void out(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

int fail(const QString &message, int code = Failed)
{
    const QByteArray bytes = (QStringLiteral("fleetkeeper-receiver: ") + message + u'\n').toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    return code;
}

const QStringList kActions = {QStringLiteral("refreshStatus"),   QStringLiteral("syncNow"),
                              QStringLiteral("reboot"),          QStringLiteral("printTestPage"),
                              QStringLiteral("firmwareUpgrade"), QStringLiteral("troubleshoot")};

QString usage()
{
    return Tr::tr("Usage:\n"
                  "  fleetkeeper-receiver serve --listen HOST:PORT --cert FILE --key FILE --client-ca FILE --data DIR\n"
                  "                             --registration-key KEY [--registration-key KEY2 ...] [options]\n"
                  "  fleetkeeper-receiver queue --data DIR --agent ID --action ACTION --device-id N [--serial S]\n"
                  "                             [--param k=v ...] [--params-json JSON] [--expires-in-hours H]\n"
                  "  fleetkeeper-receiver list agents|payloads|commands|results|requests --data DIR [--agent ID]\n"
                  "                             [--json] [--show-keys]\n"
                  "  fleetkeeper-receiver set-settings --data DIR --agent ID FILE.json\n"
                  "  fleetkeeper-receiver revoke --data DIR --agent ID\n"
                  "Run a command with --help for its options.\n");
}

// Parses the command's options; on a problem prints it and returns the exit code to use.
std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments, const QStringList &required)
{
    parser.addHelpOption();
    if (!parser.parse(arguments))
        return fail(parser.errorText(), Usage);
    if (parser.isSet(QStringLiteral("help"))) {
        out(parser.helpText());
        return Ok;
    }
    for (const QString &name : required)
        if (!parser.isSet(name) || parser.value(name).isEmpty())
            return fail(Tr::tr("--%1 is required").arg(name), Usage);
    return std::nullopt;
}

QCommandLineOption valueOption(const QString &name, const QString &description, const QString &valueName,
                               const QString &defaultValue = {})
{
    return QCommandLineOption(name, description, valueName, defaultValue);
}

bool intValue(const QCommandLineParser &parser, const QString &name, int min, int *value)
{
    bool ok = false;
    const int v = parser.value(name).toInt(&ok);
    if (!ok || v < min)
        return false;
    *value = v;
    return true;
}

#ifdef Q_OS_UNIX
// SIGTERM and SIGINT end the event loop, so the server closes receiver.db and its workers
// finish the payload they hold. The handler only writes a byte (async-signal-safe).
int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char b = 1;
    [[maybe_unused]] const auto n = ::write(g_signalPipe[1], &b, 1);
}

void quitOnTermination(QObject *context)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, context);
    QObject::connect(notifier, &QSocketNotifier::activated, context, [] { QCoreApplication::quit(); });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGTERM, &action, nullptr);
    ::sigaction(SIGINT, &action, nullptr);
}
#else
void quitOnTermination(QObject *) {}
#endif

int serve(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Runs the remote-services server (docs/protocol.md) over mutual TLS."));
    parser.addOptions({
        valueOption(QStringLiteral("listen"), Tr::tr("Address and port (port 0: any free one)."), Tr::tr("HOST:PORT"),
                    QStringLiteral("127.0.0.1:8443")),
        valueOption(QStringLiteral("cert"), Tr::tr("Server certificate chain (PEM)."), Tr::tr("FILE")),
        valueOption(QStringLiteral("key"), Tr::tr("Server private key (PEM, unencrypted)."), Tr::tr("FILE")),
        valueOption(QStringLiteral("client-ca"), Tr::tr("CA certificate(s) that issue agent certificates (PEM)."),
                    Tr::tr("FILE")),
        valueOption(QStringLiteral("data"), Tr::tr("Data directory (receiver.db, payloads)."), Tr::tr("DIR")),
        valueOption(QStringLiteral("registration-key"), Tr::tr("A registration key agents may register with."),
                    Tr::tr("KEY")),
        valueOption(QStringLiteral("registration-key-file"),
                    Tr::tr("A file of registration keys, one a line (keeps them out of the process list)."),
                    Tr::tr("FILE")),
        valueOption(QStringLiteral("base-path"), Tr::tr("Path prefix of the endpoints, e.g. /fleetkeeper."),
                    Tr::tr("PATH")),
        valueOption(QStringLiteral("sync-time"), Tr::tr("Suggested daily upload time, HH:MM."), Tr::tr("HH:MM")),
        valueOption(QStringLiteral("command-poll-time"), Tr::tr("Suggested daily command poll time, HH:MM."),
                    Tr::tr("HH:MM")),
        valueOption(QStringLiteral("xmllint"), Tr::tr("xmllint used for schema validation."), Tr::tr("PATH")),
        QCommandLineOption(QStringLiteral("no-schema-validation"),
                           Tr::tr("Check payload structure only, without xmllint.")),
        valueOption(QStringLiteral("fail-next"), Tr::tr("Test: answer the next N uploads with 503."), Tr::tr("N"),
                    QStringLiteral("0")),
        valueOption(QStringLiteral("retry-after"), Tr::tr("Retry-After of those 503 answers, in seconds."), Tr::tr("S"),
                    QStringLiteral("1")),
        QCommandLineOption(QStringLiteral("drop-after-store"),
                           Tr::tr("Test: store each new upload, then close the connection without answering.")),
        valueOption(QStringLiteral("delay-ms"), Tr::tr("Test: wait this long before every answer."), Tr::tr("MS"),
                    QStringLiteral("0")),
        valueOption(QStringLiteral("header-timeout-ms"), Tr::tr("Time a request head may take from its first byte."),
                    Tr::tr("MS"), QStringLiteral("10000")),
        valueOption(QStringLiteral("body-timeout-ms"), Tr::tr("Time a body may go without progress."), Tr::tr("MS"),
                    QStringLiteral("30000")),
        valueOption(QStringLiteral("idle-timeout-ms"), Tr::tr("Time an idle keep-alive connection is kept."),
                    Tr::tr("MS"), QStringLiteral("30000")),
    });
    if (auto code =
            parse(parser, arguments,
                  {QStringLiteral("cert"), QStringLiteral("key"), QStringLiteral("client-ca"), QStringLiteral("data")}))
        return *code;

    ServeOptions o;
    const QString listen = parser.value(QStringLiteral("listen"));
    const qsizetype colon = listen.lastIndexOf(u':');
    bool portOk = false;
    const uint port = colon < 0 ? 0 : listen.mid(colon + 1).toUInt(&portOk);
    QString host = colon < 0 ? QString() : listen.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    if (!portOk || port > 65535 || !o.address.setAddress(host))
        return fail(Tr::tr("--listen wants HOST:PORT with a numeric address, e.g. 127.0.0.1:8443"), Usage);
    o.port = quint16(port);
    o.certFile = parser.value(QStringLiteral("cert"));
    o.keyFile = parser.value(QStringLiteral("key"));
    o.clientCaFile = parser.value(QStringLiteral("client-ca"));
    o.dataDir = parser.value(QStringLiteral("data"));
    o.api.registrationKeys = parser.values(QStringLiteral("registration-key"));
    if (parser.isSet(QStringLiteral("registration-key-file"))) {
        QFile keys(parser.value(QStringLiteral("registration-key-file")));
        if (!keys.open(QIODevice::ReadOnly | QIODevice::Text))
            return fail(Tr::tr("cannot read %1: %2").arg(keys.fileName(), keys.errorString()));
        for (const QByteArray &line : keys.readAll().split('\n'))
            if (const QString key = QString::fromUtf8(line).trimmed(); !key.isEmpty() && !key.startsWith(u'#'))
                o.api.registrationKeys << key;
    }
    o.api.registrationKeys.removeAll(QString());
    if (o.api.registrationKeys.isEmpty())
        return fail(Tr::tr("at least one --registration-key (or --registration-key-file) is required"), Usage);
    o.api.basePath = parser.value(QStringLiteral("base-path"));
    while (o.api.basePath.endsWith(u'/'))
        o.api.basePath.chop(1);
    if (!o.api.basePath.isEmpty() && !o.api.basePath.startsWith(u'/'))
        return fail(Tr::tr("--base-path must start with /"), Usage);
    for (const QString &name : {QStringLiteral("sync-time"), QStringLiteral("command-poll-time")}) {
        const QString v = parser.value(name);
        if (!v.isEmpty() && !QTime::fromString(v, QStringLiteral("HH:mm")).isValid())
            return fail(Tr::tr("--%1 wants HH:MM").arg(name), Usage);
    }
    o.api.syncTime = parser.value(QStringLiteral("sync-time"));
    o.api.commandPollTime = parser.value(QStringLiteral("command-poll-time"));
    o.api.dropAfterStore = parser.isSet(QStringLiteral("drop-after-store"));
    if (!intValue(parser, QStringLiteral("fail-next"), 0, &o.api.failNext) ||
        !intValue(parser, QStringLiteral("retry-after"), 0, &o.api.retryAfterSeconds) ||
        !intValue(parser, QStringLiteral("delay-ms"), 0, &o.connection.delayMs) ||
        !intValue(parser, QStringLiteral("header-timeout-ms"), 1, &o.connection.headerTimeoutMs) ||
        !intValue(parser, QStringLiteral("body-timeout-ms"), 1, &o.connection.bodyTimeoutMs) ||
        !intValue(parser, QStringLiteral("idle-timeout-ms"), 1, &o.connection.idleTimeoutMs))
        return fail(Tr::tr("a numeric option has a value that is not a number or is out of range"), Usage);
    o.handshakeTimeoutMs = o.connection.headerTimeoutMs;
    if (!parser.isSet(QStringLiteral("no-schema-validation"))) {
        o.xmllint = parser.isSet(QStringLiteral("xmllint")) ? parser.value(QStringLiteral("xmllint"))
                                                            : QStandardPaths::findExecutable(QStringLiteral("xmllint"));
        if (o.xmllint.isEmpty() || !QFile::exists(o.xmllint))
            return fail(Tr::tr("xmllint (Debian: libxml2-utils) is needed to validate payloads; install it or pass "
                               "--no-schema-validation"));
    }

    QObject context;
    quitOnTermination(&context);
    ReceiverService service;
    if (auto started = service.start(o); !started)
        return fail(started.error());
    out(service.listeningLine() + u'\n');
    const int code = QCoreApplication::exec();
    service.stop();
    out(QStringLiteral("fleetkeeper-receiver stopped\n"));
    return code;
}

int queue(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Queues a command for an agent and prints its id."));
    parser.addOptions({
        valueOption(QStringLiteral("data"), Tr::tr("Data directory of the receiver."), Tr::tr("DIR")),
        valueOption(QStringLiteral("agent"), Tr::tr("Agent id."), Tr::tr("ID")),
        valueOption(QStringLiteral("action"), Tr::tr("One of: %1.").arg(kActions.join(QStringLiteral(", "))),
                    Tr::tr("ACTION")),
        valueOption(QStringLiteral("device-id"), Tr::tr("Device id as in the payload (device/@id)."), Tr::tr("N")),
        valueOption(QStringLiteral("serial"), Tr::tr("Device serial number."), Tr::tr("S")),
        valueOption(QStringLiteral("param"), Tr::tr("A string parameter (repeatable)."), Tr::tr("k=v")),
        valueOption(QStringLiteral("params-json"), Tr::tr("Parameters as a JSON object (merged with --param)."),
                    Tr::tr("JSON")),
        valueOption(QStringLiteral("expires-in-hours"), Tr::tr("Validity; 0 or less makes it expired already."),
                    Tr::tr("H"), QStringLiteral("24")),
        QCommandLineOption(QStringLiteral("any-action"), Tr::tr("Test: accept an action outside the list.")),
    });
    if (auto code = parse(
            parser, arguments,
            {QStringLiteral("data"), QStringLiteral("agent"), QStringLiteral("action"), QStringLiteral("device-id")}))
        return *code;
    CommandRecord c;
    c.agentId = parser.value(QStringLiteral("agent"));
    c.action = parser.value(QStringLiteral("action"));
    if (!kActions.contains(c.action) && !parser.isSet(QStringLiteral("any-action")))
        return fail(Tr::tr("unknown action %1 (one of: %2)").arg(c.action, kActions.join(QStringLiteral(", "))), Usage);
    bool ok = false;
    c.deviceId = parser.value(QStringLiteral("device-id")).toLongLong(&ok);
    if (!ok)
        return fail(Tr::tr("--device-id wants a number"), Usage);
    c.deviceSerial = parser.value(QStringLiteral("serial"));
    if (parser.isSet(QStringLiteral("params-json"))) {
        const QJsonDocument doc = QJsonDocument::fromJson(parser.value(QStringLiteral("params-json")).toUtf8());
        if (!doc.isObject())
            return fail(Tr::tr("--params-json wants a JSON object"), Usage);
        c.parameters = doc.object();
    }
    for (const QString &p : parser.values(QStringLiteral("param"))) {
        const qsizetype eq = p.indexOf(u'=');
        if (eq <= 0)
            return fail(Tr::tr("--param wants k=v, got %1").arg(p), Usage);
        c.parameters.insert(p.left(eq), p.mid(eq + 1));
    }
    const double hours = parser.value(QStringLiteral("expires-in-hours")).toDouble(&ok);
    if (!ok)
        return fail(Tr::tr("--expires-in-hours wants a number"), Usage);
    c.issuedAt = QDateTime::currentDateTimeUtc();
    c.expiresAt = c.issuedAt.addMSecs(qint64(hours * 3600 * 1000));

    ReceiverStore store(QStringLiteral("cli"));
    if (auto opened = store.open(parser.value(QStringLiteral("data")), false); !opened)
        return fail(opened.error());
    auto id = store.queueCommand(c);
    if (!id)
        return fail(id.error());
    out(*id + u'\n');
    return Ok;
}

QString tableCell(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return QStringLiteral("-");
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isDouble())
        return QString::number(v.toInteger());
    QString s = v.toString();
    s.replace(u'\n', QStringLiteral(" | "));
    return s;
}

int list(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Lists what the receiver stored."));
    parser.addPositionalArgument(QStringLiteral("what"), ReceiverStore::listNames().join(u'|'));
    parser.addOptions({
        valueOption(QStringLiteral("data"), Tr::tr("Data directory of the receiver."), Tr::tr("DIR")),
        valueOption(QStringLiteral("agent"), Tr::tr("Only this agent's rows."), Tr::tr("ID")),
        QCommandLineOption(QStringLiteral("json"), Tr::tr("A JSON array instead of a table.")),
        QCommandLineOption(QStringLiteral("show-keys"), Tr::tr("Include the payload keys (agents).")),
    });
    if (auto code = parse(parser, arguments, {QStringLiteral("data")}))
        return *code;
    if (parser.positionalArguments().size() != 1)
        return fail(Tr::tr("list wants one of: %1").arg(ReceiverStore::listNames().join(u' ')), Usage);
    const QString what = parser.positionalArguments().constFirst();
    if (!ReceiverStore::listNames().contains(what))
        return fail(Tr::tr("list wants one of: %1").arg(ReceiverStore::listNames().join(u' ')), Usage);
    ReceiverStore store(QStringLiteral("cli"));
    if (auto opened = store.open(parser.value(QStringLiteral("data")), false); !opened)
        return fail(opened.error());
    auto listing = store.list(what, parser.value(QStringLiteral("agent")), parser.isSet(QStringLiteral("show-keys")));
    if (!listing)
        return fail(listing.error());
    const QJsonArray &rows = listing->rows;
    if (parser.isSet(QStringLiteral("json"))) {
        out(QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented)));
        return Ok;
    }
    if (rows.isEmpty()) {
        out(Tr::tr("(no %1)").arg(what) + u'\n');
        return Ok;
    }
    const QStringList &columns = listing->columns;
    QList<QStringList> cells;
    QList<qsizetype> widths;
    for (const QString &c : columns)
        widths << c.size();
    for (const QJsonValue &row : rows) {
        QStringList line;
        for (qsizetype i = 0; i < columns.size(); ++i) {
            line << tableCell(row.toObject().value(columns[i]));
            widths[i] = qMax(widths[i], line.last().size());
        }
        cells << line;
    }
    auto render = [&widths](const QStringList &line) -> QString {
        QStringList padded;
        for (qsizetype i = 0; i < line.size(); ++i)
            padded << (i + 1 < line.size() ? line[i].leftJustified(widths[i]) : line[i]);
        return padded.join(QStringLiteral("  ")) + u'\n';
    };
    QString text = render(columns);
    for (const QStringList &line : std::as_const(cells))
        text += render(line);
    out(text);
    return Ok;
}

int setSettings(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Replaces an agent's settings with the JSON object in FILE (- for stdin) and prints the new revision."));
    parser.addPositionalArgument(QStringLiteral("file"), Tr::tr("JSON object of settings."));
    parser.addOptions({
        valueOption(QStringLiteral("data"), Tr::tr("Data directory of the receiver."), Tr::tr("DIR")),
        valueOption(QStringLiteral("agent"), Tr::tr("Agent id."), Tr::tr("ID")),
    });
    if (auto code = parse(parser, arguments, {QStringLiteral("data"), QStringLiteral("agent")}))
        return *code;
    if (parser.positionalArguments().size() != 1)
        return fail(Tr::tr("set-settings wants one FILE.json"), Usage);
    const QString path = parser.positionalArguments().constFirst();
    QFile in;
    const bool opened =
        path == u"-" ? in.open(stdin, QIODevice::ReadOnly) : (in.setFileName(path), in.open(QIODevice::ReadOnly));
    if (!opened)
        return fail(Tr::tr("cannot read %1: %2").arg(path, in.errorString()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(in.readAll(), &error);
    if (!doc.isObject())
        return fail(Tr::tr("%1 is not a JSON object: %2").arg(path, error.errorString()));
    ReceiverStore store(QStringLiteral("cli"));
    if (auto ok = store.open(parser.value(QStringLiteral("data")), false); !ok)
        return fail(ok.error());
    auto revision = store.setSettings(parser.value(QStringLiteral("agent")), doc.object());
    if (!revision)
        return fail(revision.error());
    out(QString::number(*revision) + u'\n');
    return Ok;
}
int revoke(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Revokes an agent: its requests are refused with 403 and its certificate cannot register again."));
    parser.addOptions({
        valueOption(QStringLiteral("data"), Tr::tr("Data directory of the receiver."), Tr::tr("DIR")),
        valueOption(QStringLiteral("agent"), Tr::tr("Agent id."), Tr::tr("ID")),
    });
    if (auto code = parse(parser, arguments, {QStringLiteral("data"), QStringLiteral("agent")}))
        return *code;
    ReceiverStore store(QStringLiteral("cli"));
    if (auto ok = store.open(parser.value(QStringLiteral("data")), false); !ok)
        return fail(ok.error());
    auto revoked = store.revokeAgent(parser.value(QStringLiteral("agent")));
    if (!revoked)
        return fail(revoked.error());
    if (!*revoked)
        return fail(Tr::tr("unknown agent %1").arg(parser.value(QStringLiteral("agent"))));
    return Ok;
}
} // namespace

int runCli(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    // QCommandLineParser wants the program name first: "fleetkeeper-receiver serve --x" parses
    // as program "fleetkeeper-receiver serve".
    QStringList rest = arguments.mid(2);
    rest.prepend(arguments.value(0) + u' ' + command);
    if (command == u"serve")
        return serve(rest);
    if (command == u"queue")
        return queue(rest);
    if (command == u"list")
        return list(rest);
    if (command == u"set-settings")
        return setSettings(rest);
    if (command == u"revoke")
        return revoke(rest);
    if (command == u"--version" || command == u"version") {
        out(QStringLiteral("fleetkeeper-receiver %1\n").arg(QCoreApplication::applicationVersion()));
        return Ok;
    }
    if (command.isEmpty() || command == u"--help" || command == u"-h" || command == u"help") {
        out(usage());
        return command.isEmpty() ? Usage : Ok;
    }
    return fail(Tr::tr("unknown command %1\n").arg(command) + usage(), Usage);
}

} // namespace fleet::receiver
