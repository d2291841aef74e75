// Runs ezTime's own client code (ezTime.cpp, unchanged) on Linux.
//
//   harness ask QUERY
//       Timezone::setLocation(QUERY) against EZTIME_HOST:EZTIME_PORT (see
//       arduino/WiFiUdp.h), then one line:
//         OK <getOlson()> <getPosix()>   exit 0
//         ERROR <the server's reason>    exit 0
//         UNREADABLE                     exit 3 (an answer that is neither)
//       or exit 2 when no answer came within ezTime's 2 s.
//   harness offsets POSIX FROM TO STEP
//       Timezone::setPosix(POSIX), then for each UTC instant t = FROM, FROM+STEP,
//       ... <= TO one line "t offset is_dst abbreviation", as ezTime computes
//       them for a UTC time (tzTime with UTC_TIME); offset in seconds east of
//       UTC. With FROM "-" the instants are read from standard input instead,
//       one per line.
//
// Control characters in an answer are printed escaped (\n, \xHH), so that a
// stray newline shows and every answer stays one line.
//
// EZTIME_DEBUG=1 turns ezTime's own messages on (to standard error).
#include <Arduino.h>
#include <ezTime.h>
#include <WiFiUdp.h>

#include <stdio.h>
#include <stdlib.h>

static void put_escaped(const String &s) {
  for (unsigned int i = 0; i < s.length(); i++) {
    unsigned char c = s[i];
    if (c == '\n') fputs("\\n", stdout);
    else if (c == '\r') fputs("\\r", stdout);
    else if (c == '\\') fputs("\\\\", stdout);
    else if (c < 0x20 || c == 0x7f) printf("\\x%02x", c);
    else putchar(c);
  }
}

static int ask(const char *query) {
  Timezone tz;
  if (tz.setLocation(String(query))) {
    fputs("OK ", stdout);
    put_escaped(tz.getOlson());
    putchar(' ');
    put_escaped(tz.getPosix());
    putchar('\n');
    return 0;
  }
  // setLocation sets TIMEOUT with triggerError (ezTime.cpp:830) but for a
  // server's ERROR and for an unreadable answer it calls ezt::error(bool),
  // which resets the last error instead of setting it (ezTime.cpp:844, 859):
  // the server's text stays readable through errorString(SERVER_ERROR).
  if (ezt::error() == TIMEOUT) {
    fprintf(stderr, "no answer from %s:%u within %d ms\n", TIMEZONED_REMOTE_HOST,
            (unsigned)TIMEZONED_REMOTE_PORT, TIMEZONED_TIMEOUT);
    return 2;
  }
  String reason = ezt::errorString(SERVER_ERROR);
  if (reason.length()) {
    fputs("ERROR ", stdout);
    put_escaped(reason);
    putchar('\n');
    return 0;
  }
  puts("UNREADABLE");
  return 3;
}

static void offset_line(Timezone &tz, long long t) {
  String name;
  bool dst = false;
  int16_t west_minutes = 0;
  tz.tzTime((time_t)t, UTC_TIME, name, dst, west_minutes);
  printf("%lld %d %d %s\n", t, -60 * (int)west_minutes, dst ? 1 : 0, name.c_str());
}

static int offsets(int argc, char **argv) {
  Timezone tz;
  tz.setPosix(String(argv[2]));
  if (argc == 4 && String(argv[3]) == "-") {
    char line[64];
    while (fgets(line, sizeof line, stdin)) offset_line(tz, strtoll(line, nullptr, 10));
    return 0;
  }
  if (argc != 6) return 64;
  long long from = strtoll(argv[3], nullptr, 10), to = strtoll(argv[4], nullptr, 10);
  long long step = strtoll(argv[5], nullptr, 10);
  if (step <= 0) return 64;
  for (long long t = from; t <= to; t += step) offset_line(tz, t);
  return 0;
}

int main(int argc, char **argv) {
  static char out[1 << 16];
  setvbuf(stdout, out, _IOFBF, sizeof out);
  if (getenv("EZTIME_DEBUG")) ezt::setDebug(INFO);
  int rc = 64;
  if (argc == 3 && String(argv[1]) == "ask") rc = ask(argv[2]);
  else if (argc >= 4 && String(argv[1]) == "offsets") rc = offsets(argc, argv);
  if (rc == 64)
    fprintf(stderr,
            "usage: %s ask QUERY\n"
            "       %s offsets POSIX FROM TO STEP\n"
            "       %s offsets POSIX - < instants\n",
            argv[0], argv[0], argv[0]);
  fflush(stdout);
  return rc;
}
