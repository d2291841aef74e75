// Stand-in for the EEPROM library. ezTime.h turns its EEPROM cache on by its
// own #define (ezTime.h:26), but the cache stays unused until setCache() is
// called (the address starts at -1, ezTime.cpp:566 and 946), which the
// harness never does; this RAM copy only lets the library compile.
#ifndef EZTIME_STUB_EEPROM_H
#define EZTIME_STUB_EEPROM_H

#include <stdint.h>

class EEPROMClass {
 public:
  uint8_t read(int addr) const { return in(addr) ? mem_[addr] : 0; }
  void write(int addr, uint8_t v) { if (in(addr)) mem_[addr] = v; }
  void update(int addr, uint8_t v) { write(addr, v); }
  uint16_t length() const { return sizeof mem_; }

 private:
  static bool in(int addr) { return addr >= 0 && addr < (int)sizeof mem_; }
  uint8_t mem_[4096] = {};
};
extern EEPROMClass EEPROM;

#endif
