package review_test

import (
	"context"
	"testing"
	"time"

	"golang.org/x/crypto/bcrypt"

	"tillsyn/review"
	"tillsyn/review/store"
	"tillsyn/review/store/storetest"
)

// slowSessions runs hook in the middle of a session lookup, after the row was read.
type slowSessions struct {
	*store.Store
	hook func()
}

func (s *slowSessions) SessionByTokenHash(ctx context.Context, h string) (review.Session, review.User, error) {
	ss, u, err := s.Store.SessionByTokenHash(ctx, h)
	if s.hook != nil {
		s.hook()
	}
	return ss, u, err
}

// A logout that happens while a lookup of the same session is under way must not leave the
// old lookup in the cache: the token is dead at once.
func TestSessionCacheLogoutDuringLookup(t *testing.T) {
	st, err := store.OpenWith(t.TempDir(), storetest.Options(t), true)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ss := &slowSessions{Store: st}
	svc := review.NewService(ss, review.Config{PseudonymKey: st.PseudonymKey()})
	auth := review.NewAuth(svc, review.AuthConfig{BcryptCost: bcrypt.MinCost})
	ctx := context.Background()
	if _, err := auth.AddUser(ctx, "anna", review.RoleAdmin, "", "ett långt lösenord"); err != nil {
		t.Fatal(err)
	}
	tok, _, err := auth.Login(ctx, "anna", "ett långt lösenord", "127.0.0.1")
	if err != nil {
		t.Fatal(err)
	}
	ss.hook = func() { ss.hook = nil; auth.Logout(ctx, tok) }
	auth.Session(ctx, tok) // the lookup that races the logout
	time.Sleep(10 * time.Millisecond)
	if _, _, err := auth.Session(ctx, tok); err == nil {
		t.Fatal("a logged-out session still works (served from the cache)")
	}
}
