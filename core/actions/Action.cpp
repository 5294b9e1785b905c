#include "actions/Action.h"

namespace fleet::actions {

Action::Action(ActionRequest request, ActionContext context, QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
    , m_context(context)
{}

void Action::cancel()
{
    if (m_finished || m_cancelRequested)
        return;
    m_cancelRequested = true;
    onCancel();
}

void Action::onCancel()
{
    finish(Outcome::Cancelled, tr("Cancelled."));
}

void Action::finish(ActionResult result)
{
    if (m_finished)
        return;
    m_finished = true;
    if (result.outcome == Outcome::Succeeded)
        Q_EMIT progress(100, result.message);
    Q_EMIT finished(result);
}

void Action::finish(Outcome outcome, const QString &message, const QJsonObject &details)
{
    finish(ActionResult{outcome, message, details});
}

void Action::report(int percent, const QString &text)
{
    if (!m_finished)
        Q_EMIT progress(percent, text);
}

} // namespace fleet::actions
