// Stand-in for the WiFi library: the host's network is always up, so ezTime
// goes straight to its UDP exchange (ezTime.cpp:808).
#ifndef EZTIME_STUB_WIFI_H
#define EZTIME_STUB_WIFI_H

typedef enum { WL_IDLE_STATUS = 0, WL_CONNECTED = 3, WL_DISCONNECTED = 6 } wl_status_t;

class WiFiClass {
 public:
  wl_status_t status() { return WL_CONNECTED; }
};
extern WiFiClass WiFi;

#endif
