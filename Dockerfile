# syntax=docker/dockerfile:1
# The `chatswarm` command in a container: one-process runs, the coordinator and workers of a cluster run, the simulator
# and report tools.
#
#   docker build -t chatswarm .
#   docker run --rm --ulimit nofile=65536:65536 -v "$PWD/reports:/data/reports" chatswarm run smoke
#
# Every long poll is an open socket: raise the open-files limit (--ulimit, or the runtime's default in Kubernetes),
# and keep one process at ~19,000 live customers (see README "Scaling out").

ARG DOTNET_VERSION=10.0

FROM mcr.microsoft.com/dotnet/sdk:${DOTNET_VERSION} AS build
ENV DOTNET_CLI_TELEMETRY_OPTOUT=1 \
    DOTNET_NOLOGO=1
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props README.md ./
COPY src/ src/
COPY loadprofiles/ loadprofiles/
COPY bots/ bots/
# The package cache survives between builds, so editing a source file does not download every package again.
RUN --mount=type=cache,id=chatswarm-nuget,target=/root/.nuget/packages \
    dotnet publish src/ChatSwarm.Cli/ChatSwarm.Cli.csproj -c Release -o /out -p:UseAppHost=false

# ASP.NET Core runtime: the embedded simulator, /metrics and the live dashboard are Kestrel servers.
FROM mcr.microsoft.com/dotnet/aspnet:${DOTNET_VERSION} AS runtime
LABEL org.opencontainers.image.title="chatswarm" \
      org.opencontainers.image.description="Load tests and chat bots for Bright Pattern web chat (Messaging API v2)"
ENV DOTNET_CLI_TELEMETRY_OPTOUT=1 \
    DOTNET_NOLOGO=1
COPY --from=build /out /opt/chatswarm
# `chatswarm` on the PATH runs the published tool; the shipped loadprofiles/ and bots/ sit beside it, so
# `chatswarm run smoke` works from any directory. Reports go under the working directory, /data/reports.
RUN printf '#!/bin/sh\nexec dotnet /opt/chatswarm/chatswarm.dll "$@"\n' > /usr/local/bin/chatswarm \
    && chmod 0755 /usr/local/bin/chatswarm \
    && mkdir -p /data/reports \
    && chown -R "$APP_UID" /data
# The non-root user the .NET images ship (uid 1654).
USER $APP_UID
WORKDIR /data
VOLUME ["/data/reports"]
# 4053: cluster (coordinator --listen / worker --listen); 9464: --metrics-listen (Prometheus); 5665: --web dashboard.
EXPOSE 4053 9464 5665
ENTRYPOINT ["chatswarm"]
CMD ["--help"]
