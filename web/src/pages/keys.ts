import { ApiFailure, api } from "../api";
import { $, h, say, t } from "../dom";
import { saveKey } from "../key";
import type { Signup } from "../types";

const COUNTRIES = ["SN", "CI", "BJ", "BF", "GW", "ML", "NE", "TG"] as const;

/** The two ways in: a self-serve sandbox (signup), or a sandbox key the person already has. */
export function setUpKeyForms(onKey: () => void) {
  const status = $("#key-status");
  const country = $<HTMLSelectElement>("#country");
  country.replaceChildren(...COUNTRIES.map((c) => h("option", { value: c }, t(`country.${c}`))));

  const signup = $<HTMLFormElement>("#signup-form");
  signup.addEventListener("submit", async (e) => {
    e.preventDefault();
    const data = new FormData(signup);
    const submit = signup.querySelector("button")!;
    submit.disabled = true;
    try {
      const res = await api<Signup>(
        "POST",
        "/v1/sandbox/signups",
        { organization: data.get("organization"), email: data.get("email"), country: data.get("country") },
        { auth: false },
      );
      saveKey(res.api_key.secret);
      $("#new-key").textContent = res.api_key.secret;
      $("#key-forms").hidden = true;
      $("#key-shown").hidden = false;
      say(status, "");
      onKey();
    } catch (err) {
      say(status, t("error", { message: err instanceof ApiFailure ? err.message : String(err) }), "error");
    } finally {
      submit.disabled = false;
    }
  });

  $("#copy-key").addEventListener("click", async (e) => {
    await navigator.clipboard.writeText($("#new-key").textContent ?? "");
    (e.currentTarget as HTMLButtonElement).textContent = t("signup.copied");
  });

  const paste = $<HTMLFormElement>("#paste-form");
  paste.addEventListener("submit", (e) => {
    e.preventDefault();
    const key = String(new FormData(paste).get("key") ?? "").trim();
    if (!key.startsWith("sk_test_")) return say(status, t("paste.live"), "error");
    saveKey(key);
    paste.reset();
    $("#key-panel").hidden = true;
    onKey();
  });
}
