#pragma once
// Walks several subtrees of one agent at once: every request carries all unfinished subtrees
// (GETBULK on v2c/v3, GETNEXT on v1), plus scalars asked for on the way as GETBULK non-repeaters,
// so a whole poll costs a handful of round trips. Shrinks on tooBig, stops a subtree whose OIDs
// do not increase, and bounds everything so a hostile agent cannot keep it busy forever.
// Engine-thread only.

#include "snmp/AsyncSession.h"

#include <QMap>

#include <functional>
#include <memory>

namespace fleet::snmp {

struct WalkResult
{
    Error error;             // fatal: the walk stopped early (values holds what came before)
    QMap<Oid, Value> values; // every instance received, sorted by OID
    QStringList warnings;    // survivable oddities (a subtree cut short, an unexpected answer)
    int requests = 0;
};

class MultiWalk final : public std::enable_shared_from_this<MultiWalk>
{
public:
    using Done = std::function<void(WalkResult)>;
    struct Limits
    {
        int varbindBudget = 60;    // varbinds asked per request; small agents answer tooBig and we shrink
        int maxRequests = 2000;    // per walk: a hostile agent cannot keep us forever
        int maxInstances = 200000; // per walk
    };

    MultiWalk(std::shared_ptr<AsyncSession> session, Limits limits);
    // Subtrees to walk; scalars (full instance OIDs, e.g. sysDescr.0) to read on the next request.
    void addSubtrees(const QList<Oid> &roots);
    void addScalars(const QList<Oid> &scalars);
    // Called after every response with the walk so far; may add subtrees or scalars (e.g. vendor
    // OIDs once sysObjectID is known).
    void setOnProgress(std::function<void(MultiWalk &, const QMap<Oid, Value> &)> fn) { m_onProgress = std::move(fn); }
    void start(Done done);
    void cancel(const Error &why);

private:
    struct Root
    {
        Oid base;
        Oid last; // last OID received under base (or base itself)
        bool done = false;
    };
    void next();
    void onResponse(const QList<int> &roots, const QList<Oid> &scalarsAsked, const QList<Oid> &scalarQueries,
                    const Response &r);
    void finish(Error error = {});
    void acceptScalar(const Oid &expected, const VarBind &vb);
    bool acceptRootVarBind(Root &root, const VarBind &vb);

    std::shared_ptr<AsyncSession> m_session;
    Limits m_limits;
    QList<Root> m_roots;
    QList<Oid> m_pendingScalars;
    QList<Oid> m_pendingGets; // scalars whose last arc is not 0: read with a plain GET
    WalkResult m_result;
    int m_repetitions = 0;
    int m_rootsPerRequest = 1000;
    int m_getChunk = 60;
    Done m_done;
    std::function<void(MultiWalk &, const QMap<Oid, Value> &)> m_onProgress;
    bool m_finished = false;
    bool m_v1 = false;
};

} // namespace fleet::snmp
