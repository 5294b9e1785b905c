#include "storage/SecretBackend.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace fleet::storage {

namespace {
constexpr int kFormat = 2;
constexpr QFileDevice::Permissions kGroupOrOther = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                   QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                   QFileDevice::WriteOther | QFileDevice::ExeOther;
QString tr(const char *s)
{
    return QCoreApplication::translate("fleet::storage::SecretStore", s);
}
} // namespace

QByteArray SecretBackend::serialize(const SecretMap &secrets)
{
    QJsonObject map;
    for (auto it = secrets.constBegin(); it != secrets.constEnd(); ++it)
        map.insert(it.key(), it.value());
    const QJsonObject root{{QStringLiteral("format"), kFormat}, {QStringLiteral("secrets"), map}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QString SecretBackend::deserialize(const QByteArray &bytes, SecretMap *out)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    const QJsonObject root = doc.object();
    if (parseError.error != QJsonParseError::NoError)
        return parseError.errorString();
    if (!root.value(QStringLiteral("secrets")).isObject())
        return tr("no \"secrets\" object");
    if (root.value(QStringLiteral("format")).toInt() > kFormat)
        return tr("written by a newer Fleetkeeper");
    out->clear();
    const QJsonObject secrets = root.value(QStringLiteral("secrets")).toObject();
    for (auto it = secrets.constBegin(); it != secrets.constEnd(); ++it)
        out->insert(it.key(), it.value().toString());
    return {};
}

bool SecretBackend::othersMayAccess(QFileDevice::Permissions p)
{
    return (p & kGroupOrOther) != 0;
}

QString SecretBackend::modeText(QFileDevice::Permissions p)
{
    const int mode = (p & QFileDevice::ReadOwner ? 0400 : 0) | (p & QFileDevice::WriteOwner ? 0200 : 0) |
                     (p & QFileDevice::ExeOwner ? 0100 : 0) | (p & QFileDevice::ReadGroup ? 040 : 0) |
                     (p & QFileDevice::WriteGroup ? 020 : 0) | (p & QFileDevice::ExeGroup ? 010 : 0) |
                     (p & QFileDevice::ReadOther ? 04 : 0) | (p & QFileDevice::WriteOther ? 02 : 0) |
                     (p & QFileDevice::ExeOther ? 01 : 0);
    return QStringLiteral("%1").arg(mode, 4, 8, QLatin1Char('0'));
}

} // namespace fleet::storage
