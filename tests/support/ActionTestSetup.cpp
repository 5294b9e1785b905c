#include "ActionTestSetup.h"

#include "TestEnv.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonDocument>
#include <QTest>

namespace fleet::test {

actions::ActionRequest adminRequest(actions::ActionKind kind, const actions::DeviceTarget &device)
{
    actions::ActionRequest r;
    r.actor = {QStringLiteral("tester"), security::Role::Administrator};
    r.kind = kind;
    r.device = device;
    return r;
}

std::optional<actions::ActionResult> runToEnd(actions::ActionRunner &runner, int timeoutMs,
                                              const std::function<void()> &whileRunning,
                                              const std::function<void(int, const QString &)> &onProgress)
{
    std::optional<actions::ActionResult> result;
    QObject::connect(&runner, &actions::ActionRunner::finished, &runner,
                     [&](const actions::ActionResult &r) { result = r; });
    if (onProgress)
        QObject::connect(&runner, &actions::ActionRunner::progress, &runner, onProgress);
    runner.start();
    if (whileRunning)
        whileRunning();
    const QDeadlineTimer deadline(scaled(timeoutMs));
    while (!result && !deadline.hasExpired())
        QTest::qWait(10);
    return result;
}

QString describe(const std::optional<actions::ActionResult> &result)
{
    if (!result)
        return QStringLiteral("no result in time");
    return actions::outcomeName(result->outcome) + QStringLiteral(": ") + result->message + u'\n' +
           QString::fromUtf8(QJsonDocument(result->details).toJson());
}

QByteArray patternBytes(qsizetype size, int step)
{
    QByteArray content(size, '\0');
    for (qsizetype i = 0; i < content.size(); ++i)
        content[i] = char(i * step % 251);
    return content;
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
}

} // namespace fleet::test
