#pragma once
// The SMTP server the notifications go through, kept in alerting_settings (the password is in
// the secrets file under kSmtpPasswordKey, never in the database).
//
// Only encrypted transports exist: STARTTLS (required, not opportunistic) on 587/25, or implicit
// TLS on 465. The server certificate is always verified, against the system's CAs or caFile.

#include "storage/Database.h"

#include <QString>

namespace fleet::alerting {

enum class SmtpSecurity : quint8 { StartTls, ImplicitTls };
QString smtpSecurityName(SmtpSecurity s); // "starttls", "tls"
std::optional<SmtpSecurity> smtpSecurityFromName(QStringView name);

inline const QString kSmtpPasswordKey = QStringLiteral("smtp/password");

struct SmtpSettings
{
    QString host;
    int port = 587;
    SmtpSecurity security = SmtpSecurity::StartTls;
    QString username; // empty: no authentication
    QString from;
    QString caFile; // empty: the system's trust store
    int timeoutSeconds = 30;

    bool isConfigured() const { return !host.isEmpty() && !from.isEmpty(); }

    static storage::Result<SmtpSettings> load(storage::Database &db);
    // Unchecked and unaudited: the CLI and the GUI go through changeSmtpSettings()
    // (SmtpSettingsChange.h), which calls this once the acting user was allowed. Left public for
    // that function and for tests that set up a profile.
    storage::StorageError save(storage::Database &db) const;
};

} // namespace fleet::alerting
