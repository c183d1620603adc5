/* Loaded into the packaged app with LD_PRELOAD by test_packaged_app.py: appends one line to
 * $QUASH_NETSPY_LOG for every internet socket, connection, datagram or name lookup the process
 * attempts, then lets the call go on (the empty network namespace is what cuts the cable).
 * When loaded it appends its pid to $QUASH_NETSPY_ACTIVE, so the test knows it ran in the app.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <fcntl.h>
#include <netdb.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static void append(const char *variable, const char *line)
{
    const char *path = getenv(variable);
    if (path == NULL)
        return;
    int fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0)
        return;
    ssize_t written = write(fd, line, strlen(line));
    (void)written;
    close(fd);
}

static void note(const char *what, int family)
{
    char line[128];
    snprintf(line, sizeof line, "%s family=%d pid=%d\n", what, family, (int)getpid());
    append("QUASH_NETSPY_LOG", line);
}

static int is_network(int family)
{
    return family == AF_INET || family == AF_INET6 || family == AF_PACKET;
}

__attribute__((constructor)) static void loaded(void)
{
    char line[32];
    snprintf(line, sizeof line, "%d\n", (int)getpid());
    append("QUASH_NETSPY_ACTIVE", line);
}

#define REAL(name)                                                                          \
    static __typeof__(name) *real;                                                          \
    if (real == NULL)                                                                       \
        *(void **)(&real) = dlsym(RTLD_NEXT, #name)

int socket(int domain, int type, int protocol)
{
    REAL(socket);
    if (is_network(domain))
        note("socket", domain);
    return real(domain, type, protocol);
}

int connect(int fd, const struct sockaddr *addr, socklen_t len)
{
    REAL(connect);
    if (addr != NULL && is_network(addr->sa_family))
        note("connect", addr->sa_family);
    return real(fd, addr, len);
}

ssize_t sendto(int fd, const void *buf, size_t n, int flags, const struct sockaddr *addr,
               socklen_t len)
{
    REAL(sendto);
    if (addr != NULL && is_network(addr->sa_family))
        note("sendto", addr->sa_family);
    return real(fd, buf, n, flags, addr, len);
}

int getaddrinfo(const char *node, const char *service, const struct addrinfo *hints,
                struct addrinfo **res)
{
    REAL(getaddrinfo);
    note("getaddrinfo", hints != NULL ? hints->ai_family : 0);
    return real(node, service, hints, res);
}

struct hostent *gethostbyname(const char *name)
{
    REAL(gethostbyname);
    note("gethostbyname", 0);
    return real(name);
}
