# Pryton bot image: multi-stage, runs as the non-root "app" user of the ASP.NET runtime image.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY shared/ shared/
COPY modules/ modules/
COPY sandbox/ sandbox/
COPY host/ host/
RUN dotnet publish host/Pryton.Host/Pryton.Host.csproj -c Release -o /app --no-self-contained

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
# The host ships the server collector (its project default): the idle footprint in docs/benchmarks.md is measured with it.
ENV PRYTON_HTTP_HOST=0.0.0.0 \
    METRICS_PORT=8000
EXPOSE 8000 8443
USER app
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s CMD ["dotnet", "Pryton.Host.dll", "healthcheck"]
ENTRYPOINT ["dotnet", "Pryton.Host.dll"]
