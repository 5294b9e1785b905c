#pragma once
// Starts the serving processes and keeps them tied to this one: the fleet is ready when every
// process has bound its devices, SIGTERM/SIGINT stop all of them, and if one dies the others
// are stopped too (a half-served fleet would make benchmarks lie). Children also get SIGTERM
// when this process dies.

#include <sys/types.h>

#include <csignal>
#include <functional>
#include <string>
#include <vector>

namespace fleet::sim {

class Supervisor
{
public:
    // Runs in the child: binds, calls reportReady(fd, error), serves until stop is set.
    using Serve =
        std::function<int(int process, int readyFd, const sigset_t &waitMask, const volatile sig_atomic_t &stop)>;

    Supervisor();
    ~Supervisor();
    Supervisor(const Supervisor &) = delete;
    Supervisor &operator=(const Supervisor &) = delete;

    // Forks the processes and waits (60 s at most) until each reports ready or fails.
    std::string start(int processes, const Serve &serve);
    // Returns 0 after SIGTERM/SIGINT/SIGHUP, 1 when a serving process exited on its own.
    int waitForStop();

    static void reportReady(int fd, const std::string &error);

private:
    void stopAll();

    std::vector<pid_t> m_children;
    sigset_t m_signals{};  // blocked here, taken with sigwait
    sigset_t m_original{}; // mask before blocking
};

} // namespace fleet::sim
