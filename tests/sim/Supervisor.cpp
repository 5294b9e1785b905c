#include "Supervisor.h"

#include <poll.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <thread>

namespace fleet::sim {

namespace {

volatile sig_atomic_t g_stop = 0;

void onStopSignal(int)
{
    g_stop = 1;
}

// Reads a child's readiness report: "" on success, else its error text.
std::string readReport(int fd, std::chrono::steady_clock::time_point deadline)
{
    std::string text;
    char buffer[512];
    while (true) {
        const auto left =
            std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        pollfd p{fd, POLLIN, 0};
        const int ready = poll(&p, 1, static_cast<int>(std::max<int64_t>(left.count(), 0)));
        if (ready == 0)
            return "a serving process did not get ready within 60 s";
        if (ready < 0 && errno == EINTR)
            continue;
        const ssize_t n = read(fd, buffer, sizeof(buffer));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        text.append(buffer, static_cast<size_t>(n));
    }
    if (text == "OK\n")
        return {};
    return text.empty() ? "a serving process exited before it was ready" : text;
}

[[noreturn]] void serveInChild(int process, int readyFd, pid_t parent, const sigset_t &original,
                               const Supervisor::Serve &serve)
{
    prctl(PR_SET_PDEATHSIG, SIGTERM);
    struct sigaction action
    {
    };
    action.sa_handler = onStopSignal;
    sigemptyset(&action.sa_mask);
    for (int s : {SIGTERM, SIGINT, SIGHUP})
        sigaction(s, &action, nullptr);
    signal(SIGCHLD, SIG_DFL);
    // Stop signals stay blocked except while the serving loop waits, so none is missed.
    sigset_t waitMask = original;
    for (int s : {SIGTERM, SIGINT, SIGHUP})
        sigdelset(&waitMask, s);
    if (getppid() != parent)
        _exit(0); // the supervisor died before prctl took effect
    const int rc = serve(process, readyFd, waitMask, g_stop);
    _exit(rc);
}

} // namespace

Supervisor::Supervisor()
{
    sigemptyset(&m_signals);
    for (int s : {SIGTERM, SIGINT, SIGHUP, SIGCHLD})
        sigaddset(&m_signals, s);
    sigprocmask(SIG_BLOCK, &m_signals, &m_original);
}

Supervisor::~Supervisor()
{
    stopAll();
    sigprocmask(SIG_SETMASK, &m_original, nullptr);
}

void Supervisor::reportReady(int fd, const std::string &error)
{
    const std::string text = error.empty() ? "OK\n" : error + "\n";
    [[maybe_unused]] const ssize_t written = write(fd, text.data(), text.size());
    close(fd);
}

std::string Supervisor::start(int processes, const Serve &serve)
{
    std::fflush(nullptr); // nothing buffered may be written twice by the children
    std::vector<int> reports;
    const pid_t self = getpid();
    for (int process = 0; process < processes; ++process) {
        int fds[2];
        if (pipe(fds) != 0)
            return std::string("pipe: ") + std::strerror(errno);
        const pid_t pid = fork();
        if (pid < 0)
            return std::string("fork: ") + std::strerror(errno);
        if (pid == 0) {
            close(fds[0]);
            for (int fd : reports)
                close(fd);
            serveInChild(process, fds[1], self, m_original, serve);
        }
        close(fds[1]);
        reports.push_back(fds[0]);
        m_children.push_back(pid);
    }
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    std::string errors;
    for (int fd : reports) {
        const std::string error = readReport(fd, deadline);
        close(fd);
        if (!error.empty() && errors.find(error) == std::string::npos)
            errors += error.back() == '\n' ? error : error + "\n";
    }
    if (!errors.empty()) {
        stopAll();
        errors.pop_back();
    }
    return errors;
}

int Supervisor::waitForStop()
{
    while (true) {
        int signal = 0;
        if (sigwait(&m_signals, &signal) != 0)
            continue;
        if (signal != SIGCHLD) {
            stopAll();
            return 0;
        }
        int status = 0;
        const pid_t pid = waitpid(-1, &status, WNOHANG);
        const auto it = std::find(m_children.begin(), m_children.end(), pid);
        if (pid <= 0 || it == m_children.end())
            continue;
        m_children.erase(it);
        std::fprintf(stderr, "fleetkeeper-sim: serving process %d %s %d; stopping the fleet\n", static_cast<int>(pid),
                     WIFSIGNALED(status) ? "was killed by signal" : "exited with status",
                     WIFSIGNALED(status) ? WTERMSIG(status) : WEXITSTATUS(status));
        stopAll();
        return 1;
    }
}

void Supervisor::stopAll()
{
    for (pid_t pid : m_children)
        kill(pid, SIGTERM);
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
    while (!m_children.empty()) {
        std::erase_if(m_children, [](pid_t pid) { return waitpid(pid, nullptr, WNOHANG) != 0; });
        if (m_children.empty())
            break;
        if (std::chrono::steady_clock::now() > deadline) {
            for (pid_t pid : m_children)
                kill(pid, SIGKILL);
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
}

} // namespace fleet::sim
