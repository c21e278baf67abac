// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// A library the fault tests preload (LD_PRELOAD) into our binary to make a save fail at a chosen moment:
//   APM_FAULT=kill-at-rename          the process is killed (SIGKILL) when it calls rename()
//   APM_FAULT=write-at-fsync:PATH     at the first fsync(), another "program" appends a line to PATH, as the AWS CLI
//                                     would if it wrote the file while we were saving it
//   APM_FAULT=write-at-every-fsync:PATH   the same at every fsync(): a file that keeps changing
#include <dlfcn.h>
#include <fcntl.h>
#include <unistd.h>

#include <csignal>
#include <cstdlib>
#include <cstring>

namespace {

const char* fault()
{
    const char* value = std::getenv("APM_FAULT");
    return value ? value : "";
}

} // namespace

extern "C" int rename(const char* from, const char* to)
{
    if (std::strcmp(fault(), "kill-at-rename") == 0)
        std::raise(SIGKILL);
    using Rename = int (*)(const char*, const char*);
    static const auto real = reinterpret_cast<Rename>(dlsym(RTLD_NEXT, "rename"));
    return real(from, to);
}

extern "C" int fsync(int fd)
{
    static bool done = false;
    const char* once = "write-at-fsync:";
    const char* always = "write-at-every-fsync:";
    const char* path = nullptr;
    if (!done && std::strncmp(fault(), once, std::strlen(once)) == 0)
        path = fault() + std::strlen(once);
    else if (std::strncmp(fault(), always, std::strlen(always)) == 0)
        path = fault() + std::strlen(always);
    if (path) {
        done = true;
        const int other = ::open(path, O_WRONLY | O_APPEND);
        if (other >= 0) {
            const char line[] = "# written by another program\n";
            (void)!::write(other, line, sizeof line - 1);
            ::close(other);
        }
    }
    using Fsync = int (*)(int);
    static const auto real = reinterpret_cast<Fsync>(dlsym(RTLD_NEXT, "fsync"));
    return real(fd);
}
