// Stand-in for the Arduino core, just what ezTime.cpp uses, so that the
// library compiles and runs unchanged on Linux. Behaviour follows the Arduino
// core where ezTime depends on it (substring clamps unsigned bounds, indexOf
// returns -1, print of an unsigned char prints a number).
#ifndef EZTIME_STUB_ARDUINO_H
#define EZTIME_STUB_ARDUINO_H

// <stdlib.h> brings glibc's time_t (and __time_t_defined) in before ezTime.h
// looks for it (ezTime.h:38), as newlib does on the ESP boards.
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <time.h>
#include <string>

typedef uint8_t byte;

#define DEC 10
#define HEX 16

// Flash strings are plain strings here.
#define F(s) (s)

inline bool isDigit(int c) { return c >= '0' && c <= '9'; }

unsigned long millis();
void delay(unsigned long ms);
void yield();

class String {
 public:
  String() {}
  String(const char *s) : s_(s ? s : "") {}
  String(const std::string &s) : s_(s) {}
  explicit String(char c) : s_(1, c) {}
  explicit String(unsigned char v, unsigned char base = DEC) : s_(num(v, base)) {}
  explicit String(int v, unsigned char base = DEC) : s_(num(v, base)) {}
  explicit String(unsigned int v, unsigned char base = DEC) : s_(num(v, base)) {}
  explicit String(long v, unsigned char base = DEC) : s_(num(v, base)) {}
  explicit String(unsigned long v, unsigned char base = DEC) : s_(num(v, base)) {}

  unsigned int length() const { return s_.size(); }
  const char *c_str() const { return s_.c_str(); }
  bool reserve(unsigned int n) { s_.reserve(n); return true; }

  char charAt(unsigned int i) const { return i < s_.size() ? s_[i] : 0; }
  void setCharAt(unsigned int i, char c) { if (i < s_.size()) s_[i] = c; }
  char operator[](unsigned int i) const { return charAt(i); }

  String substring(unsigned int from) const { return substring(from, s_.size()); }
  String substring(unsigned int from, unsigned int to) const {
    if (from > to) { unsigned int t = from; from = to; to = t; }
    if (from >= s_.size()) return String();
    if (to > s_.size()) to = s_.size();
    return String(s_.substr(from, to - from));
  }
  int indexOf(char c, unsigned int from = 0) const { return found(s_.find(c, from)); }
  int indexOf(const String &t, unsigned int from = 0) const { return found(s_.find(t.s_, from)); }
  int indexOf(const char *t, unsigned int from = 0) const { return found(s_.find(t, from)); }

  long toInt() const { return atol(s_.c_str()); }
  void toUpperCase() { for (auto &c : s_) if (c >= 'a' && c <= 'z') c -= 32; }
  void toLowerCase() { for (auto &c : s_) if (c >= 'A' && c <= 'Z') c += 32; }
  void trim() {
    size_t a = s_.find_first_not_of(" \t\r\n\f\v");
    if (a == std::string::npos) { s_.clear(); return; }
    s_ = s_.substr(a, s_.find_last_not_of(" \t\r\n\f\v") - a + 1);
  }

  String &operator+=(const String &o) { s_ += o.s_; return *this; }
  String &operator+=(const char *o) { s_ += o; return *this; }
  String &operator+=(char c) { s_ += c; return *this; }
  bool operator==(const String &o) const { return s_ == o.s_; }
  bool operator==(const char *o) const { return s_ == o; }
  bool operator!=(const String &o) const { return s_ != o.s_; }
  bool operator!=(const char *o) const { return s_ != o; }

  friend String operator+(const String &a, const String &b) { return String(a.s_ + b.s_); }
  friend String operator+(const String &a, const char *b) { return String(a.s_ + b); }
  friend String operator+(const char *a, const String &b) { return String(a + b.s_); }
  friend String operator+(const String &a, char b) { return String(a.s_ + b); }

 private:
  static int found(size_t p) { return p == std::string::npos ? -1 : (int)p; }
  template <class T> static std::string num(T v, unsigned char base) {
    char buf[72];
    if (base == HEX) snprintf(buf, sizeof buf, "%llX", (unsigned long long)v);
    else if ((T)-1 < 0) snprintf(buf, sizeof buf, "%lld", (long long)v);
    else snprintf(buf, sizeof buf, "%llu", (unsigned long long)v);
    return buf;
  }
  std::string s_;
};

class Print {
 public:
  virtual ~Print() {}
  virtual size_t write(uint8_t c) = 0;
  size_t write(const char *s) { size_t n = 0; while (*s) n += write((uint8_t)*s++); return n; }
  size_t print(const String &s) { return write(s.c_str()); }
  size_t print(const char *s) { return write(s); }
  size_t print(char c) { return write((uint8_t)c); }
  size_t print(unsigned char v, int base = DEC) { return print(String(v, base)); }
  size_t print(int v, int base = DEC) { return print(String(v, base)); }
  size_t print(unsigned int v, int base = DEC) { return print(String(v, base)); }
  size_t print(long v, int base = DEC) { return print(String(v, base)); }
  size_t print(unsigned long v, int base = DEC) { return print(String(v, base)); }
  size_t println() { return write("\r\n"); }
  template <class T> size_t println(T v) { size_t n = print(v); return n + println(); }
  template <class T> size_t println(T v, int base) { size_t n = print(v, base); return n + println(); }
};

// Serial writes to standard error, which keeps standard output for results.
class HardwareSerial : public Print {
 public:
  void begin(unsigned long) {}
  size_t write(uint8_t c) override;
  using Print::write;
};
extern HardwareSerial Serial;

#endif
