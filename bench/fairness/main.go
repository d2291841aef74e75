// The clients of the fairness benchmark (bench/fairness.sh): a polite client
// sending GETs at a steady rate from one loopback address, and optionally a
// flooder sending them as fast as its connections allow from another, both
// to the same URL. Standard library only, no modules.
//
// The polite client is open-loop: a request leaves every 1/rate seconds
// whether or not the ones before it were answered, so a slow answer shows
// in the latencies rather than slowing the client down. The flooder starts
// a second before it and stops with it.
//
// Usage: fairness-clients -url URL [-seconds S] [-rate N] [-polite-from IP]
// [-flood-from IP] [-flood-conns N] (-flood-conns 0: no flooder). Prints
// one JSON object: each client's statuses, errors and, for the polite one,
// latency percentiles in milliseconds.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"sort"
	"strconv"
	"sync"
	"time"
)

// tally counts one client's answers by status, its failed requests by what
// failed, and the latency of each answered request.
type tally struct {
	mu        sync.Mutex
	statuses  map[string]int
	errors    map[string]int
	latencies []time.Duration
}

func (t *tally) add(status int, err error, took time.Duration) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if err != nil {
		kind := "other"
		if e, ok := err.(net.Error); ok && e.Timeout() {
			kind = "timeout"
		}
		t.errors[kind]++
		return
	}
	t.statuses[strconv.Itoa(status)]++
	t.latencies = append(t.latencies, took)
}

// client is an HTTP client whose connections leave from `from`.
func client(from string, conns int) *http.Client {
	dialer := &net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP(from)}, Timeout: 2 * time.Second}
	return &http.Client{
		Timeout: 2 * time.Second,
		Transport: &http.Transport{
			DialContext:         dialer.DialContext,
			MaxIdleConnsPerHost: conns,
			DisableCompression:  true,
		},
	}
}

func get(c *http.Client, url string, t *tally) {
	start := time.Now()
	answer, err := c.Get(url)
	if err == nil {
		_, err = io.Copy(io.Discard, answer.Body)
		answer.Body.Close()
	}
	status := 0
	if answer != nil {
		status = answer.StatusCode
	}
	t.add(status, err, time.Since(start))
}

func percentile(sorted []time.Duration, p float64) float64 {
	if len(sorted) == 0 {
		return 0
	}
	return float64(sorted[int(p*float64(len(sorted)-1))].Microseconds()) / 1000
}

func newTally() *tally { return &tally{statuses: map[string]int{}, errors: map[string]int{}} }

func main() {
	url := flag.String("url", "", "the URL both clients ask for")
	seconds := flag.Float64("seconds", 25, "how long the polite client runs")
	rate := flag.Float64("rate", 50, "the polite client's requests per second")
	politeFrom := flag.String("polite-from", "127.0.0.3", "the polite client's source address")
	floodFrom := flag.String("flood-from", "127.0.0.2", "the flooder's source address")
	floodConns := flag.Int("flood-conns", 8, "the flooder's connections (0: no flooder)")
	flag.Parse()
	if *url == "" || *rate <= 0 || *seconds <= 0 {
		fmt.Fprintln(os.Stderr, "fairness-clients: -url is required; -rate and -seconds are positive")
		os.Exit(2)
	}

	polite, flood := newTally(), newTally()
	duration := time.Duration(*seconds * float64(time.Second))
	var flooding sync.WaitGroup
	floodStart := time.Now()
	floodEnd := floodStart.Add(time.Second + duration)
	if *floodConns > 0 {
		c := client(*floodFrom, *floodConns)
		for i := 0; i < *floodConns; i++ {
			flooding.Add(1)
			go func() {
				defer flooding.Done()
				for time.Now().Before(floodEnd) {
					get(c, *url, flood)
				}
			}()
		}
		time.Sleep(time.Second)
	}

	c := client(*politeFrom, 8)
	var asking sync.WaitGroup
	interval := time.Duration(float64(time.Second) / *rate)
	start := time.Now()
	sent := 0
	for next := start; next.Before(start.Add(duration)); next = next.Add(interval) {
		time.Sleep(time.Until(next))
		sent++
		asking.Add(1)
		go func() {
			defer asking.Done()
			get(c, *url, polite)
		}()
	}
	asking.Wait()
	politeSeconds := time.Since(start).Seconds()
	flooding.Wait()
	floodSeconds := time.Since(floodStart).Seconds()

	sort.Slice(polite.latencies, func(i, j int) bool { return polite.latencies[i] < polite.latencies[j] })
	answered := 0
	for _, n := range flood.statuses {
		answered += n
	}
	out := map[string]any{
		"polite": map[string]any{
			"from": *politeFrom, "rate": *rate, "sent": sent, "seconds": politeSeconds,
			"statuses": polite.statuses, "errors": polite.errors,
			"p50_ms": percentile(polite.latencies, 0.50), "p99_ms": percentile(polite.latencies, 0.99),
			"max_ms": percentile(polite.latencies, 1),
		},
	}
	if *floodConns > 0 {
		out["flood"] = map[string]any{
			"from": *floodFrom, "connections": *floodConns, "seconds": floodSeconds,
			"statuses": flood.statuses, "errors": flood.errors,
			"answers_per_second": float64(answered) / floodSeconds,
		}
	}
	json.NewEncoder(os.Stdout).Encode(out)
}
