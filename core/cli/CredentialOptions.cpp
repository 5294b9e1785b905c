#include "cli/CredentialOptions.h"

#include <QCoreApplication>

namespace fleet::cli {

using namespace fleet::snmp;

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("fleet::cli", s);
}
QString opt(const char *name)
{
    return QString::fromLatin1(name);
}
} // namespace

void addCredentialOptions(QCommandLineParser &p)
{
    p.addOptions({
        {opt("community"), tr("SNMPv1/v2c community (repeatable: tried in order)."), tr("C")},
        {opt("snmp-version"), tr("Version for --community: 1 or 2c (default 2c)."), tr("V")},
        {opt("v3-user"), tr("SNMPv3 user name."), tr("U")},
        {opt("v3-level"), tr("noAuthNoPriv, authNoPriv or authPriv (default: from the passwords given)."), tr("L")},
        {opt("v3-auth"), tr("MD5, SHA, SHA-224, SHA-256, SHA-384, SHA-512."), tr("P")},
        {opt("v3-auth-pass"), tr("Authentication passphrase."), tr("PASS")},
        {opt("v3-priv"), tr("DES, AES-128, AES-192, AES-256, AES-192-C, AES-256-C."), tr("P")},
        {opt("v3-priv-pass"), tr("Privacy passphrase."), tr("PASS")},
        {opt("v3-context"), tr("SNMPv3 context name."), tr("X")},
        {opt("cred"), tr("Stored credential profile to try (repeatable)."), tr("NAME")},
        {opt("timeout"), tr("Timeout per request in ms (default 1500)."), tr("MS")},
        {opt("retries"), tr("Retries per request (default 1)."), tr("N")},
        {opt("max-repetitions"), tr("GETBULK max-repetitions (default 40)."), tr("N")},
    });
}

QList<Credential> credentialsFromOptions(const QCommandLineParser &p, const QList<Credential> &stored, QString *error)
{
    QList<Credential> out;
    Credential base;
    bool ok = true;
    if (p.isSet(opt("timeout"))) {
        base.timeoutMs = p.value(opt("timeout")).toInt(&ok);
        if (!ok) {
            *error = tr("--timeout needs a number of milliseconds.");
            return {};
        }
    }
    if (p.isSet(opt("retries"))) {
        base.retries = p.value(opt("retries")).toInt(&ok);
        if (!ok) {
            *error = tr("--retries needs a number.");
            return {};
        }
    }
    if (p.isSet(opt("max-repetitions"))) {
        base.maxRepetitions = p.value(opt("max-repetitions")).toInt(&ok);
        if (!ok) {
            *error = tr("--max-repetitions needs a number.");
            return {};
        }
    }

    if (p.isSet(opt("v3-user"))) {
        Credential c = base;
        c.version = Version::V3;
        c.community.clear();
        c.user = p.value(opt("v3-user"));
        c.contextName = p.value(opt("v3-context"));
        c.authPassword = p.value(opt("v3-auth-pass"));
        c.privPassword = p.value(opt("v3-priv-pass"));
        if (p.isSet(opt("v3-auth"))) {
            const auto a = authProtocolFromName(p.value(opt("v3-auth")));
            if (!a) {
                *error = tr("Unknown authentication protocol %1.").arg(p.value(opt("v3-auth")));
                return {};
            }
            c.authProtocol = *a;
        } else if (!c.authPassword.isEmpty()) {
            c.authProtocol = AuthProtocol::SHA1;
        }
        if (p.isSet(opt("v3-priv"))) {
            const auto pr = privProtocolFromName(p.value(opt("v3-priv")));
            if (!pr) {
                *error = tr("Unknown privacy protocol %1.").arg(p.value(opt("v3-priv")));
                return {};
            }
            c.privProtocol = *pr;
        } else if (!c.privPassword.isEmpty()) {
            c.privProtocol = PrivProtocol::AES128;
        }
        if (p.isSet(opt("v3-level"))) {
            const auto l = securityLevelFromName(p.value(opt("v3-level")));
            if (!l) {
                *error = tr("Unknown security level %1.").arg(p.value(opt("v3-level")));
                return {};
            }
            c.level = *l;
        } else {
            c.level = !c.privPassword.isEmpty()   ? SecurityLevel::AuthPriv
                      : !c.authPassword.isEmpty() ? SecurityLevel::AuthNoPriv
                                                  : SecurityLevel::NoAuthNoPriv;
        }
        if (const QString problem = c.validate(); !problem.isEmpty()) {
            *error = problem;
            return {};
        }
        out << c;
    } else if (p.isSet(opt("v3-context")) && !p.isSet(opt("cred"))) {
        *error = tr("--v3-context needs --v3-user (or a stored profile with --cred).");
        return {};
    }

    Version communityVersion = Version::V2c;
    if (p.isSet(opt("snmp-version"))) {
        const auto v = versionFromName(p.value(opt("snmp-version")));
        if (!v || *v == Version::V3) {
            *error = tr("--snmp-version takes 1 or 2c (use --v3-user for SNMPv3).");
            return {};
        }
        communityVersion = *v;
    }
    for (const QString &community : p.values(opt("community"))) {
        Credential c = base;
        c.version = communityVersion;
        c.community = community;
        out << c;
    }

    for (const QString &name : p.values(opt("cred"))) {
        auto it = std::find_if(stored.cbegin(), stored.cend(), [&](const Credential &c) { return c.name == name; });
        if (it == stored.cend()) {
            *error = tr("No stored credential profile named %1.").arg(name);
            return {};
        }
        Credential c = *it;
        if (p.isSet(opt("v3-context")) && c.version == Version::V3)
            c.contextName = p.value(opt("v3-context"));
        if (p.isSet(opt("timeout")))
            c.timeoutMs = base.timeoutMs;
        if (p.isSet(opt("retries")))
            c.retries = base.retries;
        out << c;
    }
    if (out.isEmpty()) {
        if (!stored.isEmpty())
            return stored;   // the site's ordered profiles
        Credential c = base; // R1.2: 'public' over v2c is the default
        out << c;
    }
    for (const Credential &c : std::as_const(out)) {
        if (const QString problem = c.validate(); !problem.isEmpty()) {
            *error = problem;
            return {};
        }
    }
    return out;
}

} // namespace fleet::cli
