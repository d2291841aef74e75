// The stand-in core's functions and objects, and WiFiUDP over a POSIX socket.
#include "Arduino.h"
#include "EEPROM.h"
#include "WiFi.h"
#include "WiFiUdp.h"

#include <arpa/inet.h>
#include <errno.h>
#include <netdb.h>
#include <netinet/in.h>
#include <stdio.h>
#include <sys/socket.h>
#include <unistd.h>

HardwareSerial Serial;
WiFiClass WiFi;
EEPROMClass EEPROM;

size_t HardwareSerial::write(uint8_t c) { return fputc(c, stderr) == EOF ? 0 : 1; }

static unsigned long long now_ms() {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (unsigned long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}
static const unsigned long long started_ms = now_ms();

// Arduino's millis() is 32 bits wide; ezTime's timeouts subtract in that width.
unsigned long millis() { return (uint32_t)(now_ms() - started_ms); }
void delay(unsigned long ms) {
  struct timespec ts = {(time_t)(ms / 1000), (long)(ms % 1000) * 1000000L};
  nanosleep(&ts, nullptr);
}
void yield() {}

const char *eztime_stub_remote_host() {
  const char *h = getenv("EZTIME_HOST");
  return h && *h ? h : "127.0.0.1";
}
uint16_t eztime_stub_remote_port() {
  const char *p = getenv("EZTIME_PORT");
  return p && *p ? (uint16_t)atoi(p) : 2342;
}

bool WiFiUDP::open(uint16_t port) {
  if (fd_ >= 0) return true;
  fd_ = socket(AF_INET, SOCK_DGRAM, 0);
  if (fd_ < 0) return false;
  struct sockaddr_in a = {};
  a.sin_family = AF_INET;
  a.sin_addr.s_addr = htonl(INADDR_ANY);
  const char *src = getenv("EZTIME_SOURCE");
  if (src && *src && inet_pton(AF_INET, src, &a.sin_addr) != 1) {
    fprintf(stderr, "EZTIME_SOURCE is not an IPv4 address: %s\n", src);
    stop();
    return false;
  }
  a.sin_port = htons(port);
  int rc = bind(fd_, (struct sockaddr *)&a, sizeof a);
  if (rc != 0 && port != 0 && errno == EADDRINUSE) {
    a.sin_port = 0;
    rc = bind(fd_, (struct sockaddr *)&a, sizeof a);
  }
  if (rc != 0) {
    perror("bind");
    stop();
    return false;
  }
  return true;
}

uint8_t WiFiUDP::begin(uint16_t port) { return open(port) ? 1 : 0; }

void WiFiUDP::stop() {
  if (fd_ >= 0) close(fd_);
  fd_ = -1;
  in_len_ = in_pos_ = 0;
}

int WiFiUDP::beginPacket(const char *host, uint16_t port) {
  snprintf(host_, sizeof host_, "%s", host);
  port_ = port;
  out_len_ = 0;
  return 1;
}

size_t WiFiUDP::write(const uint8_t *data, size_t len) {
  if (len > sizeof out_ - out_len_) len = sizeof out_ - out_len_;
  memcpy(out_ + out_len_, data, len);
  out_len_ += len;
  return len;
}

int WiFiUDP::endPacket() {
  if (!open(0)) return 0;
  struct addrinfo hints = {}, *res = nullptr;
  hints.ai_family = AF_INET;
  hints.ai_socktype = SOCK_DGRAM;
  char port[8];
  snprintf(port, sizeof port, "%u", port_);
  if (getaddrinfo(host_, port, &hints, &res) != 0 || !res) return 0;
  ssize_t n = sendto(fd_, out_, out_len_, 0, res->ai_addr, res->ai_addrlen);
  freeaddrinfo(res);
  return n == (ssize_t)out_len_ ? 1 : 0;
}

int WiFiUDP::parsePacket() {
  if (fd_ < 0) return 0;
  ssize_t n = recv(fd_, in_, sizeof in_, MSG_DONTWAIT);
  if (n <= 0) return 0;
  in_len_ = (int)n;
  in_pos_ = 0;
  return in_len_;
}

int WiFiUDP::read(uint8_t *buf, size_t len) {
  int n = 0;
  while ((size_t)n < len && in_pos_ < in_len_) buf[n++] = in_[in_pos_++];
  return n;
}
