package kaohe.identity.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.HtmlUtils;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The sign-in page ({@code GET /login}); Spring Security's form login takes the POST. A failed attempt comes back
 * here with {@code ?error}, and the reason (wrong password, locked, disabled) is read from the session, where the
 * form login left it.
 */
@Controller
public class SignInPage {

    /** People read the time of day where they are: the business zone. */
    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
            <meta charset="UTF-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>考核 · 目标责任考核系统 登录</title>
            <style>
            * { box-sizing: border-box; }
            body { margin: 0; min-height: 100vh; display: flex; align-items: center; justify-content: center;
                   background: #f0f2f5; color: #303133;
                   font-family: "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", "Noto Sans CJK SC",
                                sans-serif; }
            main { width: 100%%; max-width: 360px; margin: 16px; padding: 32px 24px; background: #fff;
                   border-radius: 8px; box-shadow: 0 2px 12px rgba(0, 0, 0, .08); }
            h1 { margin: 0 0 24px; font-size: 20px; font-weight: 600; text-align: center; }
            label { display: block; margin: 16px 0 6px; font-size: 14px; }
            input { width: 100%%; padding: 10px 12px; font-size: 16px; border: 1px solid #dcdfe6; border-radius: 4px; }
            input:focus { outline: none; border-color: #409eff; }
            button { width: 100%%; margin-top: 24px; padding: 11px; font-size: 16px; color: #fff;
                     background: #409eff; border: 0; border-radius: 4px; cursor: pointer; }
            .message { margin: 0 0 8px; padding: 10px 12px; font-size: 14px; border-radius: 4px; }
            .error { color: #c45656; background: #fef0f0; }
            .info { color: #529b2e; background: #f0f9eb; }
            </style>
            </head>
            <body>
            <main>
            <h1>考核 · 目标责任考核系统 登录</h1>
            %s
            <form method="post" action="login">
            <input type="hidden" name="%s" value="%s">
            <label for="username">账号</label>
            <input id="username" name="username" autocomplete="username" autofocus required maxlength="64">
            <label for="password">密码</label>
            <input id="password" name="password" type="password" autocomplete="current-password" required>
            <button type="submit">登录</button>
            </form>
            </main>
            </body>
            </html>
            """;

    @GetMapping("/login")
    public ResponseEntity<String> page(HttpServletRequest request) {
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        String page = PAGE.formatted(message(request), HtmlUtils.htmlEscape(csrf.getParameterName()),
                HtmlUtils.htmlEscape(csrf.getToken()));
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore()).body(page);
    }

    private static String message(HttpServletRequest request) {
        if (request.getParameter("logout") != null) {
            return "<p class=\"message info\" role=\"status\">您已退出登录。</p>";
        }
        if (request.getParameter("error") == null) {
            return "";
        }
        HttpSession session = request.getSession(false);
        Object failure = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        String text;
        if (failure instanceof AccountLockedException locked) {
            text = "账号已锁定，请于 " + UNTIL.format(locked.lockedUntil()) + " 后再试或联系办公室";
        } else if (failure instanceof DisabledException) {
            text = "账号已停用，请联系办公室";
        } else {
            text = "账号或密码错误";
        }
        return "<p class=\"message error\" role=\"alert\">" + text + "</p>";
    }
}
