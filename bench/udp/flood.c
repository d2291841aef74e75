/* Asks a UDP timezone server (ezTime's protocol) as many queries as it
 * answers, each from a loopback address of its own (127.1.0.0 up, chosen per
 * packet with IP_PKTINFO on one socket), so that a server answering one query
 * per address per interval answers every one. Keeps WINDOW queries in flight;
 * one not answered within 50 ms is counted lost and replaced.
 *
 *   flood PORT SECONDS QUERY [FIRST [WINDOW]]
 *
 * FIRST numbers the first source address (0: 127.1.0.0), so that runs one
 * after another can use addresses the server has not answered lately.
 * Prints: answers sent lost seconds answers_per_second
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec / 1e9;
}

static uint32_t next_source = 0;

/* Sends the query from the next loopback address. */
static int send_one(int fd, struct sockaddr_in *to, const char *query) {
    uint32_t n = next_source++ % (254u << 16);
    struct in_pktinfo info = {0};
    info.ipi_spec_dst.s_addr = htonl((127u << 24) | ((1u + n / 65536) << 16) | (n % 65536));
    char control[CMSG_SPACE(sizeof info)];
    struct iovec iov = {(void *)query, strlen(query)};
    struct msghdr message = {to, sizeof *to, &iov, 1, control, sizeof control, 0};
    struct cmsghdr *cmsg = CMSG_FIRSTHDR(&message);
    cmsg->cmsg_level = IPPROTO_IP;
    cmsg->cmsg_type = IP_PKTINFO;
    cmsg->cmsg_len = CMSG_LEN(sizeof info);
    memcpy(CMSG_DATA(cmsg), &info, sizeof info);
    return sendmsg(fd, &message, 0) < 0 ? -1 : 0;
}

int main(int argc, char **argv) {
    if (argc < 4) {
        fprintf(stderr, "usage: flood PORT SECONDS QUERY [FIRST [WINDOW]]\n");
        return 2;
    }
    int port = atoi(argv[1]), window = argc > 5 ? atoi(argv[5]) : 32;
    next_source = argc > 4 ? strtoul(argv[4], NULL, 10) : 0;
    double seconds = atof(argv[2]);
    const char *query = argv[3];
    int fd = socket(AF_INET, SOCK_DGRAM, 0);
    /* Bound to every address: the answers come back to each source. */
    struct sockaddr_in any = {AF_INET, 0, {htonl(INADDR_ANY)}, {0}};
    if (fd < 0 || bind(fd, (struct sockaddr *)&any, sizeof any) < 0) {
        perror("socket");
        return 1;
    }
    int size = 4 << 20;
    setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &size, sizeof size);
    struct sockaddr_in to = {AF_INET, htons(port), {htonl(INADDR_LOOPBACK)}, {0}};
    long sent = 0, answers = 0, lost = 0;
    int in_flight = 0;
    char buffer[600];
    double start = now(), end = start + seconds, last_answer = start;
    while (now() < end) {
        while (in_flight < window) {
            if (send_one(fd, &to, query) == 0) sent++, in_flight++;
            else break;
        }
        struct pollfd p = {fd, POLLIN, 0};
        if (poll(&p, 1, 10) > 0) {
            while (recv(fd, buffer, sizeof buffer, MSG_DONTWAIT) > 0) {
                answers++;
                in_flight--;
                last_answer = now();
            }
        } else if (now() - last_answer > 0.05) {
            /* Nothing for 50 ms: what is in flight is lost. */
            lost += in_flight;
            in_flight = 0;
            last_answer = now();
        }
    }
    double took = now() - start;
    printf("%ld %ld %ld %.3f %.0f\n", answers, sent, lost, took, answers / took);
    return 0;
}
