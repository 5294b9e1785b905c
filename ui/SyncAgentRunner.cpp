#include "SyncAgentRunner.h"

#include "UiLog.h"
#include "security/Guard.h"
#include "sync/PayloadView.h"

#include <QSettings>

namespace fleet::ui {

SyncAgentRunner::SyncAgentRunner(ProfileRoot profile, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_home(new QObject)
{
    m_thread.setObjectName(QStringLiteral("fleet-sync-ui"));
    m_home->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_home, &QObject::deleteLater);
    m_thread.start();
}

SyncAgentRunner::~SyncAgentRunner()
{
    m_thread.quit();
    m_thread.wait();
}

void SyncAgentRunner::post(std::function<void()> task)
{
    QMetaObject::invokeMethod(m_home, std::move(task), Qt::QueuedConnection);
}

void SyncAgentRunner::loadSettings(QObject *context, std::function<void(const sync::SyncSettings &)> done)
{
    QPointer<QObject> guard(context);
    post([profile = m_profile, guard, done = std::move(done)] {
        QSettings ini(profile.settingsPath(), QSettings::IniFormat);
        const sync::SyncSettings settings = sync::SyncSettings::load(ini);
        deliver(guard, [done, settings] { done(settings); });
    });
}

void SyncAgentRunner::registerAgent(const security::Actor &actor, Edit edit, std::optional<QString> clientKeyPassphrase,
                                    std::optional<QString> proxyPassword, const sync::RegistrationRequest &request,
                                    QObject *context, RegisterDone done)
{
    QPointer<QObject> guard(context);
    post([this, actor, edit = std::move(edit), clientKeyPassphrase, proxyPassword, request, guard,
          done = std::move(done)] {
        const auto fail = [&](const QString &message, sync::SyncErrorKind kind = sync::SyncErrorKind::Config) {
            const auto error = sync::SyncError::make(kind, message);
            deliver(guard, [done, error] { done(error, {}); });
        };
        QString why;
        if (!m_profile.ensureExists(&why))
            return fail(why);
        auto *agent = new sync::SyncAgent(m_profile, m_home);
        // Checked (and a refusal audited) before the server's address and certificates are written.
        if (const sync::SyncError e = agent->open()) {
            agent->deleteLater();
            return fail(e.message, e.kind);
        }
        if (const auto denied =
                security::authorize(agent->db(), security::Permission::RegisterServer,
                                    {actor, QStringLiteral("sync.register")}, security::Audit::RefusalsOnly)) {
            agent->deleteLater();
            return fail(denied.message, sync::SyncErrorKind::NotAllowed);
        }
        QSettings ini(m_profile.settingsPath(), QSettings::IniFormat);
        sync::SyncSettings settings = sync::SyncSettings::load(ini);
        edit(settings);
        if (const QString e = settings.save(ini); !e.isEmpty())
            return fail(e);
        storage::SecretStore secrets(m_profile.secretsPath());
        if (const auto e = secrets.load())
            return fail(e.message);
        sync::SyncSecrets stored = sync::SyncSecrets::from(secrets);
        if (clientKeyPassphrase)
            stored.clientKeyPassphrase = *clientKeyPassphrase;
        if (proxyPassword)
            stored.proxyPassword = *proxyPassword;
        stored.storeIn(secrets);
        if (const auto e = secrets.save())
            return fail(e.message);

        agent->registerAgent(actor, request,
                             [agent, guard, done](const sync::SyncError &e, const sync::RegistrationResult &r) {
                                 agent->deleteLater();
                                 deliver(guard, [done, e, r] { done(e, r); });
                             });
    });
}

void SyncAgentRunner::sync(QObject *context, std::function<void(const sync::SyncReport &)> done)
{
    QPointer<QObject> guard(context);
    post([this, guard, done = std::move(done)] {
        auto *agent = new sync::SyncAgent(m_profile, m_home);
        agent->sync({}, [agent, guard, done](const sync::SyncReport &report) {
            agent->deleteLater();
            deliver(guard, [done, report] { done(report); });
        });
    });
}

void SyncAgentRunner::buildPayloadXml(const security::Actor &actor, bool lockedDown, QObject *context,
                                      std::function<void(const Expected<QByteArray> &)> done)
{
    QPointer<QObject> guard(context);
    post([this, actor, lockedDown, guard, done = std::move(done)] {
        sync::SyncAgent agent(m_profile);
        const auto viewed = sync::previewPayloadXml(agent, actor, lockedDown);
        const Expected<QByteArray> xml =
            viewed ? Expected<QByteArray>(*viewed) : Expected<QByteArray>::failure(viewed.error().message);
        if (!xml)
            qCInfo(lcUi) << "payload preview failed:" << xml.error();
        deliver(guard, [done, xml] { done(xml); });
    });
}

} // namespace fleet::ui
