#include "storage/SecretKeychainBackend.h"

#include "storage/StorageLog.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusReply>
#include <QFileInfo>
#include <QMutex>
#include <QSemaphore>
#include <QThread>

#include <qt6keychain/keychain.h>

#include <functional>
#include <memory>

namespace fleet::storage {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("fleet::storage::SecretStore", s);
}

const QString kSecretService = QStringLiteral("org.freedesktop.secrets");

struct Outcome
{
    bool finished = false;
    QKeychain::Error error = QKeychain::NoError;
    QString errorString;
    QString text;
};

// QtKeychain 0.13 queues every job in one executor object that lives in the thread of the first
// job and calls back into finished jobs across threads: jobs from several threads crash it. So
// every job of the process is created and run on this one thread, and callers wait for it.
class KeychainThread
{
public:
    static QObject *context()
    {
        static KeychainThread *instance = new KeychainThread; // stopped by the post routine
        return instance->m_context;
    }

private:
    KeychainThread()
    {
        m_thread.setObjectName(QStringLiteral("keychain"));
        m_context = new QObject;
        m_context->moveToThread(&m_thread);
        QObject::connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
        m_thread.start();
        qAddPostRoutine([] {
            QThread *thread = context()->thread();
            thread->quit();
            // A job stuck in a keychain that never answers must not hold up the exit.
            thread->wait(2000);
        });
    }

    QThread m_thread;
    QObject *m_context = nullptr;
};

// What a caller and the keychain thread share; a late answer after the deadline lands here
// harmlessly.
struct Pending
{
    QMutex mutex;
    QSemaphore done;
    Outcome outcome;
};

// Runs one job on the keychain thread to its end or to the deadline. The job deletes itself
// when it finishes, also after the deadline (nobody waits then): deleting a running job would
// leave the keychain's pending callback pointing at freed memory.
Outcome run(std::function<QKeychain::Job *()> makeJob, std::chrono::milliseconds timeout)
{
    auto pending = std::make_shared<Pending>();
    QObject *context = KeychainThread::context();
    Q_ASSERT(QThread::currentThread() != context->thread());
    QMetaObject::invokeMethod(context, [pending, makeJob = std::move(makeJob)] {
        QKeychain::Job *job = makeJob();
        job->setAutoDelete(true);
        QObject::connect(job, &QKeychain::Job::finished, job, [pending](QKeychain::Job *done) {
            {
                const QMutexLocker lock(&pending->mutex);
                pending->outcome.finished = true;
                pending->outcome.error = done->error();
                pending->outcome.errorString = done->errorString();
                if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(done))
                    pending->outcome.text = read->textData();
            }
            pending->done.release();
        });
        job->start();
    });
    pending->done.tryAcquire(1, int(timeout.count()));
    const QMutexLocker lock(&pending->mutex);
    return pending->outcome;
}

StorageError failure(const Outcome &outcome, std::chrono::milliseconds timeout, const QString &doing)
{
    // Every keychain failure has the same way out on a machine whose keychain does not work.
    const QString hint = tr("To keep the secrets in an encrypted file instead, set [secrets] backend=file in "
                            "fleetkeeper.ini.");
    if (!outcome.finished)
        return {StorageErrorCode::SecretsFile,
                tr("The keychain did not answer within %1 seconds while %2 (is it locked and waiting for a "
                   "password prompt?). %3")
                    .arg(timeout.count() / 1000)
                    .arg(doing, hint)};
    switch (outcome.error) {
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return {StorageErrorCode::SecretsFile,
                tr("The keychain refused access while %1: %2").arg(doing, outcome.errorString)};
    case QKeychain::NoBackendAvailable:
        return {StorageErrorCode::SecretsFile,
                tr("No keychain is available while %1: %2. %3").arg(doing, outcome.errorString, hint)};
    default:
        return {StorageErrorCode::SecretsFile,
                tr("The keychain failed while %1: %2. %3").arg(doing, outcome.errorString, hint)};
    }
}
} // namespace

SecretKeychainBackend::SecretKeychainBackend(QString account, std::chrono::milliseconds timeout)
    : m_account(std::move(account))
    , m_timeout(timeout)
{}

QString SecretKeychainBackend::location() const
{
    return tr("the keychain entry \"%1\" of %2").arg(m_account, serviceName());
}

bool SecretKeychainBackend::serviceReachable(QString *why)
{
    const auto no = [why](const QString &reason) {
        if (why)
            *why = reason;
        return false;
    };
    // Checked before touching D-Bus: without an address libdbus may try to autolaunch a bus.
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
        if (runtime.isEmpty() || !QFileInfo::exists(runtime + QStringLiteral("/bus")))
            return no(tr("there is no session bus"));
    }
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return no(tr("the session bus cannot be reached: %1").arg(bus.lastError().message()));
    QDBusConnectionInterface *dbus = bus.interface();
    if (!dbus)
        return no(tr("the session bus cannot be reached"));
    const QDBusReply<bool> registered = dbus->isServiceRegistered(kSecretService);
    if (registered.isValid() && registered.value())
        return true;
    const QDBusReply<QStringList> activatable = dbus->activatableServiceNames();
    if (activatable.isValid() && activatable.value().contains(kSecretService))
        return true;
    return no(tr("no Secret Service (%1) is running on the session bus").arg(kSecretService));
}

Result<std::optional<SecretMap>> SecretKeychainBackend::read() const
{
    const Outcome outcome = run(
        [account = m_account] {
            auto *job = new QKeychain::ReadPasswordJob(serviceName());
            job->setKey(account);
            return job;
        },
        m_timeout);
    if (outcome.finished && outcome.error == QKeychain::EntryNotFound)
        return std::optional<SecretMap>();
    if (!outcome.finished || outcome.error != QKeychain::NoError)
        return failure(outcome, m_timeout, tr("reading the secrets"));
    SecretMap map;
    const QString problem = deserialize(outcome.text.toUtf8(), &map);
    if (!problem.isEmpty())
        return StorageError{StorageErrorCode::SecretsFile,
                            tr("The keychain entry \"%1\" of %2 is not valid (%3); it was left unchanged.")
                                .arg(m_account, serviceName(), problem)};
    qCDebug(lcStorage) << "read" << map.size() << "secrets from the keychain entry" << m_account;
    return std::optional<SecretMap>(std::move(map));
}

StorageError SecretKeychainBackend::write(const SecretMap &secrets) const
{
    const Outcome outcome = run(
        [account = m_account, text = QString::fromUtf8(serialize(secrets))] {
            auto *job = new QKeychain::WritePasswordJob(serviceName());
            job->setKey(account);
            job->setTextData(text);
            return job;
        },
        m_timeout);
    if (!outcome.finished || outcome.error != QKeychain::NoError)
        return failure(outcome, m_timeout, tr("saving the secrets"));
    qCDebug(lcStorage) << "wrote" << secrets.size() << "secrets to the keychain entry" << m_account;
    return {};
}

StorageError SecretKeychainBackend::erase() const
{
    const Outcome outcome = run(
        [account = m_account] {
            auto *job = new QKeychain::DeletePasswordJob(serviceName());
            job->setKey(account);
            return job;
        },
        m_timeout);
    if (outcome.finished && (outcome.error == QKeychain::NoError || outcome.error == QKeychain::EntryNotFound))
        return {};
    return failure(outcome, m_timeout, tr("removing the secrets"));
}

} // namespace fleet::storage
