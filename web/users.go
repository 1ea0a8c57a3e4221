package web

import (
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"

	"tillsyn/review"
)

type userRow struct {
	review.User
	AuditNames []string
}

type usersPage struct {
	base
	Users  []userRow
	Audits []review.Audit
	Roles  []review.Role
	Error  string
	Field  string
	// the add form as typed, after an error
	Name, Role, Committee string
}

func (s *Server) newUsersPage(c *gin.Context) (*usersPage, error) {
	ctx := c.Request.Context()
	users, err := s.auth.Users(ctx)
	if err != nil {
		return nil, err
	}
	audits, err := s.svc.Audits(ctx)
	if err != nil {
		return nil, err
	}
	names := map[int64]string{}
	for _, a := range audits {
		names[a.ID] = a.Name
	}
	p := &usersPage{base: s.base(c, "Användare"), Audits: audits, Roles: review.Roles}
	for _, u := range users {
		r := userRow{User: u}
		for _, id := range u.Audits {
			r.AuditNames = append(r.AuditNames, names[id])
		}
		p.Users = append(p.Users, r)
	}
	return p, nil
}

func (s *Server) userList(c *gin.Context) error {
	p, err := s.newUsersPage(c)
	if err != nil {
		return err
	}
	s.render(c, http.StatusOK, "users", p)
	return nil
}

// userResult redirects after a change, or re-renders the page with the error.
func (s *Server) userResult(c *gin.Context, err error, flash string, keep func(p *usersPage)) error {
	if err == nil {
		c.Redirect(http.StatusSeeOther, "/admin/users?klart="+flash)
		return nil
	}
	code := review.ErrorCodeOf(err)
	if code != review.EInvalid && code != review.EConflict && code != review.ENotFound {
		return err
	}
	_ = c.Error(err)
	p, perr := s.newUsersPage(c)
	if perr != nil {
		return perr
	}
	p.Error = userMessage(err)
	var re *review.Error
	if asErr(err, &re) {
		p.Field = re.Field
	}
	if keep != nil {
		keep(p)
	}
	s.render(c, httpStatus(err), "users", p)
	return nil
}

func (s *Server) userAdd(c *gin.Context) error {
	name, role, committee := strings.TrimSpace(c.PostForm("name")), c.PostForm("role"), strings.TrimSpace(c.PostForm("committee"))
	r, err := review.ParseRole(role)
	if err == nil {
		_, err = s.auth.AddUser(c.Request.Context(), name, r, committee, c.PostForm("password"))
	}
	return s.userResult(c, err, "anvandare", func(p *usersPage) { p.Name, p.Role, p.Committee = name, role, committee })
}

// targetUser reads the :id of an admin action.
func (s *Server) targetUser(c *gin.Context) (review.User, error) {
	id, err := paramID(c, "id")
	if err != nil {
		return review.User{}, err
	}
	return s.auth.User(c.Request.Context(), id)
}

func (s *Server) userPassword(c *gin.Context) error {
	u, err := s.targetUser(c)
	if err != nil {
		return err
	}
	return s.userResult(c, s.auth.SetPassword(c.Request.Context(), u.Name, c.PostForm("password")), "losenord", nil)
}

func (s *Server) userDisable(c *gin.Context) error {
	u, err := s.targetUser(c)
	if err != nil {
		return err
	}
	if u.ID == currentUser(c).ID {
		return s.userResult(c, &review.Error{Code: review.EInvalid, Message: "Du kan inte stänga av dig själv."}, "", nil)
	}
	return s.userResult(c, s.auth.DisableUser(c.Request.Context(), u.Name), "avstangd", nil)
}

func (s *Server) userEnable(c *gin.Context) error {
	u, err := s.targetUser(c)
	if err != nil {
		return err
	}
	return s.userResult(c, s.auth.EnableUser(c.Request.Context(), u.Name), "aktiverad", nil)
}

func (s *Server) userAssign(c *gin.Context) error {
	u, err := s.targetUser(c)
	if err != nil {
		return err
	}
	aid, err := parseFormID(c.PostForm("audit"))
	if err != nil {
		return s.userResult(c, err, "", nil)
	}
	a, err := s.auditByID(c.Request.Context(), currentUser(c), aid)
	if err != nil {
		return s.userResult(c, err, "", nil)
	}
	return s.userResult(c, s.auth.AssignAudit(c.Request.Context(), u.Name, a.Name), "tilldelad", nil)
}
