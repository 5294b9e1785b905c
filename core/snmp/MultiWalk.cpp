#include "snmp/MultiWalk.h"

#include "snmp/SnmpLog.h"

#include <QCoreApplication>

namespace fleet::snmp {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("fleet::snmp::MultiWalk", s);
}
constexpr int kTooBig = 1;
constexpr int kNoSuchName = 2;

Oid parentOf(const Oid &o)
{
    return o.parent();
}
} // namespace

MultiWalk::MultiWalk(std::shared_ptr<AsyncSession> session, Limits limits)
    : m_session(std::move(session))
    , m_limits(limits)
{
    m_v1 = m_session->version() == Version::V1;
    m_repetitions = std::max(1, m_session->credential().maxRepetitions);
}

void MultiWalk::addSubtrees(const QList<Oid> &roots)
{
    for (const Oid &r : roots)
        if (!r.isEmpty())
            m_roots.append({r, r, false});
}

void MultiWalk::addScalars(const QList<Oid> &scalars)
{
    for (const Oid &s : scalars) {
        if (s.size() < 2)
            continue;
        // GETNEXT of the parent yields the instance only for ".0" scalars; anything else is a GET.
        if (s.last() == 0)
            m_pendingScalars.append(s);
        else
            m_pendingGets.append(s);
    }
}

void MultiWalk::start(Done done)
{
    m_done = std::move(done);
    next();
}

void MultiWalk::cancel(const Error &why)
{
    finish(why);
}

void MultiWalk::finish(Error error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_result.error = std::move(error);
    m_result.requests = m_session->requestsSent();
    if (m_done) {
        Done done = std::exchange(m_done, nullptr);
        done(std::move(m_result));
    }
}

void MultiWalk::next()
{
    if (m_finished)
        return;
    if (m_result.requests >= m_limits.maxRequests) {
        finish({ErrorClass::MalformedAnswer,
                tr("The walk needed more than %1 requests; stopped (agent loops or is far too large).")
                    .arg(m_limits.maxRequests)});
        return;
    }
    auto self = shared_from_this();
    if (!m_pendingGets.isEmpty()) {
        const QList<Oid> gets = m_pendingGets.mid(0, m_getChunk);
        m_pendingGets.remove(0, gets.size());
        ++m_result.requests;
        m_session->get(gets, [self, gets](const Response &r) { self->onResponse({}, gets, {}, r); });
        return;
    }
    QList<int> active;
    for (int i = 0; i < m_roots.size() && active.size() < m_rootsPerRequest; ++i)
        if (!m_roots.at(i).done)
            active.append(i);
    const QList<Oid> scalars = std::exchange(m_pendingScalars, {});
    if (active.isEmpty() && scalars.isEmpty()) {
        finish();
        return;
    }
    QList<Oid> queries;
    queries.reserve(scalars.size() + active.size());
    for (const Oid &s : scalars)
        queries.append(parentOf(s));
    for (int i : active)
        queries.append(m_roots.at(i).last);

    auto handler = [self, active, scalars, queries](const Response &r) {
        self->onResponse(active, scalars, queries, r);
    };
    ++m_result.requests;
    if (m_v1 || active.isEmpty()) {
        m_session->getNext(queries, std::move(handler));
        return;
    }
    const int budget = std::max(1, m_limits.varbindBudget - int(scalars.size()));
    const int reps = std::clamp(budget / int(active.size()), 1, m_repetitions);
    m_session->getBulk(int(scalars.size()), reps, queries, std::move(handler));
}

void MultiWalk::acceptScalar(const Oid &expected, const VarBind &vb)
{
    if (vb.oid == expected && !vb.value.isException())
        m_result.values.insert(vb.oid, vb.value);
}

bool MultiWalk::acceptRootVarBind(Root &root, const VarBind &vb)
{
    if (vb.value.isException() || !vb.oid.startsWith(root.base)) {
        root.done = true;
        return true;
    }
    if (vb.oid <= root.last) {
        root.done = true;
        m_result.warnings << tr("The agent returned non-increasing OIDs under %1 (%2 after %3); that subtree "
                                "was cut short.")
                                 .arg(root.base.toString(), vb.oid.toString(), root.last.toString());
        return true;
    }
    if (m_result.values.size() >= m_limits.maxInstances) {
        // Same verdict as the request limit: an agent that never ends a table is broken, not fine.
        finish({ErrorClass::MalformedAnswer,
                tr("The agent sent more than %1 values; the walk was stopped (a table that never ends?).")
                    .arg(m_limits.maxInstances)});
        return true;
    }
    m_result.values.insert(vb.oid, vb.value);
    root.last = vb.oid;
    return true;
}

void MultiWalk::onResponse(const QList<int> &roots, const QList<Oid> &scalars, const QList<Oid> &queries,
                           const Response &r)
{
    if (m_finished)
        return;
    if (r.error) {
        finish(r.error);
        return;
    }
    const bool plainGet = queries.isEmpty(); // the GET of non-".0" scalars
    const int nScalars = int(scalars.size());
    if (r.errorStatus != 0) {
        const int bad = r.errorIndex - 1; // errorIndex is 1-based; 0 means "the whole request"
        if (r.errorStatus == kTooBig) {
            if (plainGet) {
                if (scalars.size() > 1) {
                    m_getChunk = std::max(1, int(scalars.size()) / 2);
                    m_pendingGets = scalars + m_pendingGets;
                } else {
                    m_result.warnings << tr("The agent answers tooBig to a GET of %1 alone; skipped.")
                                             .arg(scalars.value(0).toString());
                }
                next();
                return;
            }
            if (!m_v1 && m_repetitions > 1) {
                m_repetitions = std::max(1, m_repetitions / 2);
                m_limits.varbindBudget = std::max(1, m_limits.varbindBudget / 2);
            } else if (roots.size() > 1) {
                m_rootsPerRequest = std::max(1, int(roots.size()) / 2);
            } else {
                finish({ErrorClass::AgentError, tr("The agent answers tooBig even to a single value.")});
                return;
            }
            m_pendingScalars = scalars + m_pendingScalars;
            next();
            return;
        }
        if (bad < 0 || bad >= (plainGet ? nScalars : int(queries.size()))) {
            finish({ErrorClass::AgentError,
                    tr("The agent answered with error-status %1 and no usable index.").arg(r.errorStatus)});
            return;
        }
        // One variable is refused (v1 noSuchName at the end of a subtree or for an absent scalar,
        // or genErr/noAccess on one column): drop it, keep the rest.
        QList<Oid> keep;
        for (int i = 0; i < nScalars; ++i)
            if (i != bad)
                keep.append(scalars.at(i));
        if (bad >= nScalars && !plainGet) {
            Root &root = m_roots[roots.at(bad - nScalars)];
            root.done = true;
            if (r.errorStatus != kNoSuchName)
                m_result.warnings << tr("The agent refused to walk %1 (error-status %2).")
                                         .arg(root.base.toString())
                                         .arg(r.errorStatus);
        }
        if (plainGet)
            m_pendingGets = keep + m_pendingGets;
        else
            m_pendingScalars = keep + m_pendingScalars;
        next();
        return;
    }

    const VarBindList &vbs = r.varbinds;
    if (plainGet) {
        for (int i = 0; i < nScalars && i < vbs.size(); ++i)
            acceptScalar(scalars.at(i), vbs.at(i));
    } else {
        for (int i = 0; i < nScalars && i < vbs.size(); ++i)
            acceptScalar(scalars.at(i), vbs.at(i));
        const int m = int(roots.size());
        bool progressed = false;
        for (int k = nScalars; m > 0 && k < vbs.size() && !m_finished; ++k) {
            Root &root = m_roots[roots.at((k - nScalars) % m)];
            if (!root.done)
                progressed = acceptRootVarBind(root, vbs.at(k)) || progressed;
        }
        if (m_finished)
            return;
        if (m > 0 && !progressed) {
            // An answer without any repeater values would make us ask the same forever.
            for (int i : roots)
                m_roots[i].done = true;
            m_result.warnings << tr("The agent answered without values for %1 subtree(s); they were skipped.").arg(m);
        }
    }
    if (m_onProgress)
        m_onProgress(*this, m_result.values);
    next();
}

} // namespace fleet::snmp
