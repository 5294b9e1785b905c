#pragma once
// The credential options shared by every command that talks to devices, and their conversion into
// an ordered list of credential profiles to try.

#include "snmp/Credential.h"

#include <QCommandLineParser>

namespace fleet::cli {

void addCredentialOptions(QCommandLineParser &parser);
// Inline credentials (--community / --v3-*) come first, then named profiles (--cred), in order.
// Returns an empty list and sets error when the options are inconsistent.
QList<snmp::Credential> credentialsFromOptions(const QCommandLineParser &parser,
                                               const QList<snmp::Credential> &storedProfiles, QString *error);

} // namespace fleet::cli
