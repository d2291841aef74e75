// Stand-in for WiFiUDP over a real UDP socket (POSIX sockets, IPv4).
//
// Run-time settings, read from the environment:
//   EZTIME_HOST    where ezTime sends its timezone queries (default 127.0.0.1)
//   EZTIME_PORT    and to which port (default 2342, ezTime's own)
//   EZTIME_SOURCE  the local address to send from (default: any). Every
//                  127.x.y.z is a valid source on Linux without setup, and a
//                  timezoned server answers each source address at most once
//                  every 3 seconds, so back-to-back queries each take another.
//
// ezTime binds the local port 2342 for its queries (TIMEZONED_LOCAL_PORT,
// ezTime.cpp:819), as a device does; when that port is taken on the source
// address (another query, or a server on the same host) the socket takes any
// free port instead, since the server answers whichever port asked.
#ifndef EZTIME_STUB_WIFIUDP_H
#define EZTIME_STUB_WIFIUDP_H

#include <stddef.h>
#include <stdint.h>

// ezTime.h defines the server's host and port as fixed macros (ezTime.h:153-154)
// with no #ifndef, so a -D on the command line would be overridden by it. This
// header is included after ezTime.h (ezTime.cpp:3 and 28), so the macros are
// redirected here to values read at run time.
#ifdef TIMEZONED_REMOTE_HOST
#undef TIMEZONED_REMOTE_HOST
#undef TIMEZONED_REMOTE_PORT
#endif
#define TIMEZONED_REMOTE_HOST eztime_stub_remote_host()
#define TIMEZONED_REMOTE_PORT eztime_stub_remote_port()
const char *eztime_stub_remote_host();
uint16_t eztime_stub_remote_port();

class WiFiUDP {
 public:
  ~WiFiUDP() { stop(); }
  uint8_t begin(uint16_t port);
  void stop();
  void flush() {}
  int beginPacket(const char *host, uint16_t port);
  size_t write(const uint8_t *data, size_t len);
  size_t write(uint8_t c) { return write(&c, 1); }
  int endPacket();
  int parsePacket();
  int available() { return in_len_ - in_pos_; }
  int read() { return in_pos_ < in_len_ ? in_[in_pos_++] : -1; }
  int read(uint8_t *buf, size_t len);

 private:
  bool open(uint16_t port);
  int fd_ = -1;
  char host_[256] = {};
  uint16_t port_ = 0;
  uint8_t out_[1500];
  size_t out_len_ = 0;
  uint8_t in_[1500];
  int in_len_ = 0, in_pos_ = 0;
};

#endif
