package lsp

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"
)

// JSON-RPC 2.0 error codes, and the ones LSP adds.
const (
	codeParseError           = -32700
	codeInvalidRequest       = -32600
	codeMethodNotFound       = -32601
	codeInvalidParams        = -32602
	codeInternalError        = -32603
	codeServerNotInitialized = -32002
	codeRequestCancelled     = -32800
)

// maxMessage bounds one message: a 5 MB document, escaped, with room.
const maxMessage = 64 << 20

// message is any JSON-RPC message: a request (ID and Method), a
// notification (Method only) or a response (ID with Result or Error).
type message struct {
	JSONRPC string          `json:"jsonrpc"`
	ID      json.RawMessage `json:"id,omitempty"`
	Method  string          `json:"method,omitempty"`
	Params  json.RawMessage `json:"params,omitempty"`
	Result  json.RawMessage `json:"result,omitempty"`
	Error   *rpcError       `json:"error,omitempty"`
}

// rpcError is a JSON-RPC error object.
type rpcError struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
}

func (e *rpcError) Error() string { return fmt.Sprintf("%s (%d)", e.Message, e.Code) }

// errFraming is a stream that no longer follows the base protocol: the
// connection cannot be resynchronised.
var errFraming = errors.New("lsp: malformed message header")

// readMessage reads one message framed by a Content-Length header. A body
// that is not JSON is returned as raw bytes with a parse error, so that
// the server can answer it and go on.
func readMessage(r *bufio.Reader) ([]byte, error) {
	length := -1
	for {
		line, err := r.ReadString('\n')
		if err != nil {
			if err == io.EOF && line == "" {
				return nil, io.EOF
			}
			return nil, err
		}
		line = strings.TrimRight(line, "\r\n")
		if line == "" {
			if length < 0 {
				continue // stray blank line between messages
			}
			break
		}
		name, value, ok := strings.Cut(line, ":")
		if !ok {
			return nil, errFraming
		}
		if strings.EqualFold(strings.TrimSpace(name), "Content-Length") {
			n, err := strconv.Atoi(strings.TrimSpace(value))
			if err != nil || n < 0 {
				return nil, errFraming
			}
			if n > maxMessage {
				return nil, fmt.Errorf("lsp: message of %d bytes is over the %d-byte limit", n, maxMessage)
			}
			length = n
		}
	}
	body := make([]byte, length)
	if _, err := io.ReadFull(r, body); err != nil {
		return nil, err
	}
	return body, nil
}

// conn writes messages; writes from several goroutines are serialised.
type conn struct {
	mu sync.Mutex
	w  io.Writer
}

func (c *conn) write(m any) error {
	body, err := json.Marshal(m)
	if err != nil {
		return err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, err := fmt.Fprintf(c.w, "Content-Length: %d\r\n\r\n", len(body)); err != nil {
		return err
	}
	_, err = c.w.Write(body)
	return err
}

func (c *conn) notify(method string, params any) error {
	p, err := json.Marshal(params)
	if err != nil {
		return err
	}
	return c.write(message{JSONRPC: "2.0", Method: method, Params: p})
}

func (c *conn) reply(id json.RawMessage, result any, rerr *rpcError) error {
	m := message{JSONRPC: "2.0", ID: id}
	if len(m.ID) == 0 {
		m.ID = json.RawMessage("null")
	}
	if rerr != nil {
		m.Error = rerr
	} else {
		r, err := json.Marshal(result)
		if err != nil {
			m.Error = &rpcError{Code: codeInternalError, Message: err.Error()}
		} else {
			m.Result = r
		}
	}
	return c.write(m)
}
