# R's forecast package on the benchmark's series: reads "id<TAB>period<TAB>horizon<TAB>v1,v2,..." lines from the file
# named by the first argument and prints "id<TAB>method<TAB>f1,f2,..." for ets, thetaf, stlf and snaive with their
# default settings (stlf only with a season, as it requires one).
suppressPackageStartupMessages(library(forecast))
lines <- readLines(commandArgs(trailingOnly = TRUE)[1])
for (line in lines) {
  parts <- strsplit(line, "\t")[[1]]
  period <- as.integer(parts[2])
  h <- as.integer(parts[3])
  y <- ts(as.numeric(strsplit(parts[4], ",")[[1]]), frequency = period)
  methods <- list(
    ets = function() forecast(ets(y), h = h)$mean,
    thetaf = function() thetaf(y, h = h)$mean,
    stlf = function() if (period > 1) stlf(y, h = h)$mean else NULL,
    snaive = function() snaive(y, h = h)$mean
  )
  for (name in names(methods)) {
    f <- tryCatch(methods[[name]](), error = function(e) NULL)
    if (!is.null(f)) cat(parts[1], "\t", name, "\t", paste(format(as.numeric(f), digits = 15), collapse = ","), "\n", sep = "")
  }
}
