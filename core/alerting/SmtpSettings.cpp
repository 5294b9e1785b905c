#include "alerting/SmtpSettings.h"

namespace fleet::alerting {

using storage::Result;
using storage::StorageError;

QString smtpSecurityName(SmtpSecurity s)
{
    return s == SmtpSecurity::ImplicitTls ? QStringLiteral("tls") : QStringLiteral("starttls");
}

std::optional<SmtpSecurity> smtpSecurityFromName(QStringView name)
{
    if (name.compare(u"starttls", Qt::CaseInsensitive) == 0)
        return SmtpSecurity::StartTls;
    if (name.compare(u"tls", Qt::CaseInsensitive) == 0 || name.compare(u"smtps", Qt::CaseInsensitive) == 0)
        return SmtpSecurity::ImplicitTls;
    return std::nullopt;
}

Result<SmtpSettings> SmtpSettings::load(storage::Database &db)
{
    auto q = db.run(QStringLiteral("SELECT key, value FROM alerting_settings WHERE key LIKE 'smtp.%'"));
    if (!q)
        return q.error();
    SmtpSettings s;
    while ((*q)->next()) {
        const QString key = (*q)->value(0).toString();
        const QString value = (*q)->value(1).toString();
        if (key == u"smtp.host")
            s.host = value;
        else if (key == u"smtp.port")
            s.port = value.toInt();
        else if (key == u"smtp.security")
            s.security = smtpSecurityFromName(value).value_or(SmtpSecurity::StartTls);
        else if (key == u"smtp.username")
            s.username = value;
        else if (key == u"smtp.from")
            s.from = value;
        else if (key == u"smtp.caFile")
            s.caFile = value;
        else if (key == u"smtp.timeoutSeconds")
            s.timeoutSeconds = value.toInt();
    }
    return s;
}

StorageError SmtpSettings::save(storage::Database &db) const
{
    storage::Transaction tx(db);
    if (auto error = tx.begin())
        return error;
    const QList<std::pair<QString, QString>> values = {
        {QStringLiteral("smtp.host"), host},
        {QStringLiteral("smtp.port"), QString::number(port)},
        {QStringLiteral("smtp.security"), smtpSecurityName(security)},
        {QStringLiteral("smtp.username"), username},
        {QStringLiteral("smtp.from"), from},
        {QStringLiteral("smtp.caFile"), caFile},
        {QStringLiteral("smtp.timeoutSeconds"), QString::number(timeoutSeconds)},
    };
    for (const auto &[key, value] : values)
        if (auto error = db.exec(QStringLiteral("INSERT OR REPLACE INTO alerting_settings (key, value) VALUES (?, ?)"),
                                 {key, value}))
            return error;
    return tx.commit();
}

} // namespace fleet::alerting
