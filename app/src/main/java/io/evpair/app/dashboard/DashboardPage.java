package io.evpair.app.dashboard;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The pairing dashboard: a static page ({@code static/dashboard/}) on the public API. Its path is public; the
 * page itself logs in with an API client and sends the bearer token with every API call.
 */
@Hidden
@Controller
class DashboardPage {

    /** Relative links in the page resolve against the folder, so the bare path gets its slash. */
    @GetMapping("/dashboard")
    String withSlash() {
        return "redirect:/dashboard/";
    }

    @GetMapping("/dashboard/")
    String page() {
        return "forward:/dashboard/index.html";
    }
}
