#pragma once
// Start or stop device management: puts a stored device in or out of scope (devices.in_scope),
// which the periodic poll and the upload follow.

#include "actions/Action.h"

namespace fleet::actions {

class ScopeAction final : public Action
{
    Q_OBJECT
public:
    using Action::Action;
    void start() override;
};

} // namespace fleet::actions
