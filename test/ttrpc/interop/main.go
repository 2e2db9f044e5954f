// Interop peer for test/ttrpc/interop.test.ts: containerd's own ttrpc (Go, Debian's
// golang-github-containerd-ttrpc-dev, the version containerd 1.6 links) facing our TypeScript
// implementation. Built by the test in GOPATH mode from /usr/share/gocode, offline.
//
//	interop server SOCKET   serve kata.test.Echo until killed
//	interop client SOCKET   call a TypeScript server, one JSON line per result on stdout
package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/containerd/ttrpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
)

const service = "kata.test.Echo"

func kv(unmarshal func(interface{}) error) (*ttrpc.KeyValue, error) {
	var req ttrpc.KeyValue
	if err := unmarshal(&req); err != nil {
		return nil, err
	}
	return &req, nil
}

func serve(path string) error {
	s, err := ttrpc.NewServer()
	if err != nil {
		return err
	}
	s.Register(service, map[string]ttrpc.Method{
		"Echo": func(ctx context.Context, unmarshal func(interface{}) error) (interface{}, error) {
			req, err := kv(unmarshal)
			if err != nil {
				return nil, err
			}
			return &ttrpc.KeyValue{Key: req.Key, Value: req.Value}, nil
		},
		"Deadline": func(ctx context.Context, unmarshal func(interface{}) error) (interface{}, error) {
			dl, ok := ctx.Deadline()
			if !ok {
				return &ttrpc.KeyValue{Key: "none"}, nil
			}
			return &ttrpc.KeyValue{Key: "remaining-ms", Value: strconv.FormatInt(time.Until(dl).Milliseconds(), 10)}, nil
		},
		"Meta": func(ctx context.Context, unmarshal func(interface{}) error) (interface{}, error) {
			md, _ := ttrpc.GetMetadata(ctx)
			b, _ := json.Marshal(md)
			return &ttrpc.KeyValue{Key: "md", Value: string(b)}, nil
		},
		"Fail": func(ctx context.Context, unmarshal func(interface{}) error) (interface{}, error) {
			req, err := kv(unmarshal)
			if err != nil {
				return nil, err
			}
			return nil, status.Errorf(codes.NotFound, "no such thing %s", req.Key)
		},
		"Big": func(ctx context.Context, unmarshal func(interface{}) error) (interface{}, error) {
			req, err := kv(unmarshal)
			if err != nil {
				return nil, err
			}
			n, _ := strconv.Atoi(req.Value)
			return &ttrpc.KeyValue{Key: "big", Value: strings.Repeat("x", n)}, nil
		},
	})
	l, err := net.Listen("unix", path)
	if err != nil {
		return err
	}
	fmt.Println("listening")
	return s.Serve(context.Background(), l)
}

type result struct {
	Name  string `json:"name"`
	Code  int    `json:"code"`
	Msg   string `json:"msg,omitempty"`
	Key   string `json:"key,omitempty"`
	Value string `json:"value,omitempty"`
}

func call(c *ttrpc.Client, ctx context.Context, name, method, key, value string) result {
	var resp ttrpc.KeyValue
	err := c.Call(ctx, service, method, &ttrpc.KeyValue{Key: key, Value: value}, &resp)
	r := result{Name: name, Key: resp.Key, Value: resp.Value}
	if err != nil {
		if errors.Is(err, context.DeadlineExceeded) {
			r.Code = int(codes.DeadlineExceeded)
			r.Msg = err.Error()
		} else {
			st := status.Convert(err)
			r.Code, r.Msg = int(st.Code()), st.Message()
		}
	}
	return r
}

func client(path string) error {
	conn, err := net.Dial("unix", path)
	if err != nil {
		return err
	}
	c := ttrpc.NewClient(conn)
	defer c.Close()
	out := json.NewEncoder(os.Stdout)
	bg := context.Background()

	out.Encode(call(c, bg, "echo", "Echo", "hi", "there"))
	out.Encode(call(c, bg, "unimplemented", "Nope", "", ""))
	out.Encode(call(c, bg, "fail-coded", "Fail", "coded", ""))
	out.Encode(call(c, bg, "fail-plain", "Fail", "plain", ""))
	md := ttrpc.MD{}
	md.Set("x-k", "a", "b")
	out.Encode(call(c, ttrpc.WithMetadata(bg, md), "metadata", "Meta", "", ""))
	ctx, cancel := context.WithTimeout(bg, 300*time.Millisecond)
	sent := time.Now().Add(300 * time.Millisecond).UnixMilli()
	r := call(c, ctx, "deadline-seen", "Sleep", "", "10")
	cancel()
	r.Msg = strconv.FormatInt(sent, 10) // the deadline the Go side set, to compare with the handler's
	out.Encode(r)
	ctx, cancel = context.WithTimeout(bg, 150*time.Millisecond)
	out.Encode(call(c, ctx, "deadline-exceeded", "Sleep", "", "3000"))
	cancel()
	out.Encode(call(c, bg, "big-response", "Big", "", strconv.Itoa(5<<20)))
	out.Encode(call(c, bg, "big-request", "Echo", "big", strings.Repeat("y", 5<<20)))
	out.Encode(call(c, bg, "after-big", "Echo", "after", ""))

	var wg sync.WaitGroup
	var mu sync.Mutex
	bad := 0
	for i := 0; i < 500; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			r := call(c, bg, "", "Echo", strconv.Itoa(i), "")
			if r.Code != 0 || r.Key != strconv.Itoa(i) {
				mu.Lock()
				bad++
				mu.Unlock()
			}
		}(i)
	}
	wg.Wait()
	out.Encode(result{Name: "concurrent-500", Value: strconv.Itoa(bad)})
	return nil
}

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: interop server|client SOCKET")
		os.Exit(2)
	}
	var err error
	switch os.Args[1] {
	case "server":
		err = serve(os.Args[2])
	case "client":
		err = client(os.Args[2])
	default:
		err = fmt.Errorf("unknown mode %q", os.Args[1])
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "interop:", err)
		os.Exit(1)
	}
}
