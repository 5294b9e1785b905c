#include "TestEnv.h"

#include <QDir>
#include <QTcpServer>
#include <QUdpSocket>

namespace fleet::test {

static QString envOr(const char *name, const QString &fallback)
{
    const QString v = qEnvironmentVariable(name);
    return v.isEmpty() ? fallback : v;
}

QString fixtureDir()
{
    return envOr("FLEET_FIXTURE_DIR", QStringLiteral(FLEET_DEFAULT_FIXTURE_DIR));
}
QString binDir()
{
    return envOr("FLEET_BIN_DIR", QStringLiteral(FLEET_DEFAULT_BIN_DIR));
}
QString sourceDir()
{
    return envOr("FLEET_SOURCE_DIR", QStringLiteral(FLEET_DEFAULT_SOURCE_DIR));
}

int timeoutFactor()
{
    bool ok = false;
    const int f = qEnvironmentVariableIntValue("FLEET_TEST_TIMEOUT_FACTOR", &ok);
    return ok && f > 0 ? f : 1;
}

int scaled(int ms)
{
    return ms * timeoutFactor();
}

quint16 freeUdpPort()
{
    QUdpSocket s;
    if (!s.bind(QHostAddress::LocalHost, 0))
        return 0;
    return s.localPort();
}

quint16 freeTcpPort()
{
    QTcpServer s;
    if (!s.listen(QHostAddress::LocalHost, 0))
        return 0;
    return s.serverPort();
}

QStringList recordingNames()
{
    return recordingNamesIn(fixtureDir());
}

QStringList recordingNamesIn(const QString &dir)
{
    QStringList names;
    const auto files = QDir(dir).entryList({QStringLiteral("*.snmprec")}, QDir::Files, QDir::Name);
    for (const QString &f : files)
        names << f.chopped(8);
    return names;
}

} // namespace fleet::test
