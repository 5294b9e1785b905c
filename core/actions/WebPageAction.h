#pragma once
// Open the device's web page: finds which of HTTPS and HTTP the device serves (HTTPS first) and
// returns the URL in details["url"]; the front end opens it (the core has no desktop services).

#include "actions/Action.h"

class QTcpSocket;

namespace fleet::actions {

class WebPageAction final : public Action
{
    Q_OBJECT
public:
    using Action::Action;
    void start() override;

private:
    void probe(bool https);
};

} // namespace fleet::actions
