# Writes rEts.json, the known answers the ETS tests check: R's forecast::ets on series from R's datasets package.
# Run once from this folder: Rscript rEts.R (needs Debian r-cran-forecast and r-cran-jsonlite).
suppressPackageStartupMessages({ library(forecast); library(jsonlite) })
series <- list(
  AirPassengers = AirPassengers, USAccDeaths = USAccDeaths, nottem = nottem,
  UKgas = UKgas, WWWusage = WWWusage, lynx = lynx
)
models <- list(
  ANN = list("ANN", FALSE), AAN = list("AAN", FALSE), AAdN = list("AAN", TRUE), MNN = list("MNN", FALSE),
  MAdN = list("MAN", TRUE), ANA = list("ANA", FALSE), AAdA = list("AAA", TRUE), MNM = list("MNM", FALSE),
  MAM = list("MAM", FALSE), MAdM = list("MAM", TRUE)
)
describe <- function(fit, h) {
  p <- fit$par
  list(
    method = fit$method, components = fit$components,
    alpha = unname(p["alpha"]), beta = if ("beta" %in% names(p)) unname(p["beta"]) else 0,
    gamma = if ("gamma" %in% names(p)) unname(p["gamma"]) else 0, phi = if ("phi" %in% names(p)) unname(p["phi"]) else 1,
    initial = I(unname(fit$states[1, ])), loglik = fit$loglik, aicc = fit$aicc,
    mean = I(as.numeric(forecast(fit, h = h)$mean))
  )
}
out <- lapply(names(series), function(name) {
  y <- series[[name]]
  m <- frequency(y)
  h <- if (m > 1) 2 * m else 10
  fits <- list()
  for (code in names(models)) {
    spec <- models[[code]]
    seasonal <- substr(spec[[1]], 3, 3) != "N"
    if (seasonal && m == 1) next
    fit <- tryCatch(ets(y, model = spec[[1]], damped = spec[[2]]), error = function(e) NULL)
    if (!is.null(fit)) fits[[code]] <- describe(fit, h)
  }
  list(name = name, frequency = m, values = as.numeric(y), horizon = h, auto = describe(ets(y), h), models = fits)
})
writeLines(toJSON(list(
  producedBy = "Rscript rEts.R", r = R.version.string, forecast = as.character(packageVersion("forecast")),
  series = out
), auto_unbox = TRUE, digits = NA, pretty = FALSE), "rEts.json")
