#pragma once
// Refresh status: poll the device now and store the result like a scheduled poll.

#include "actions/Action.h"
#include "actions/PollOnce.h"

namespace fleet::actions {

class StatusAction final : public Action
{
    Q_OBJECT
public:
    using Action::Action;
    void start() override;

protected:
    void onCancel() override;

private:
    PollOnce m_poll;
};

} // namespace fleet::actions
