#pragma once
// Print a test page: a short plain-text job (with a form feed) naming the device, the time and who
// asked, sent to the raw port (9100) or through LPR (515). Plain text prints on nearly every
// office printer; a PDL-specific page would need to know the device's languages first.

#include "actions/Action.h"
#include "actions/JobSender.h"

#include <QBuffer>
#include <QDateTime>

namespace fleet::actions {

class TestPageAction final : public Action
{
    Q_OBJECT
public:
    TestPageAction(ActionRequest request, ActionContext context, QObject *parent = nullptr);
    void start() override;

    // The job's bytes (public for tests and for a preview).
    static QByteArray pageContent(const DeviceTarget &device, const QString &actor, const QDateTime &at);

protected:
    void onCancel() override;

private:
    JobSender m_sender;
    QByteArray m_content;
    QBuffer m_buffer;
    QDateTime m_at;
};

} // namespace fleet::actions
