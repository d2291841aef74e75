#!/usr/bin/env bash
# The Kubernetes manifests (deploy/kubernetes): kustomize renders the base and
# the base with each component (ServiceMonitor, GeoIP); the output validates, strictly,
# against the API schemas of a current Kubernetes release; the timings agree
# with each other; and checkov finds nothing in the manifests or in either
# Dockerfile (deliberate skips are annotated beside what they skip).
# Installs what it lacks: kubectl (Debian package), and checkov and
# kubernetes-validate in a venv under target/.
set -euo pipefail
cd "$(dirname "$0")/../.."

# The Kubernetes release whose schemas the manifests must satisfy.
KUBERNETES_VERSION=1.37.0
work=target/kubernetes
venv=target/kubernetes-venv
mkdir -p "$work"

step() { printf -- '-- %s\n' "$*"; }

if ! command -v kubectl >/dev/null; then
  apt-get install -y kubectl >/dev/null || {
    echo "kubernetes: kubectl is missing and apt has no kubectl package: install kubectl (kustomize is built in)" >&2
    exit 1
  }
fi
if ! "$venv/bin/checkov" --version >/dev/null 2>&1 ||
  ! "$venv/bin/kubernetes-validate" --version >/dev/null 2>&1; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check \
    checkov==3.3.30 kubernetes-validate==1.37.0
fi

step "kubectl kustomize: the base, and the base with each component"
kubectl kustomize deploy/kubernetes >"$work/base.yaml"
# The base with one component, in an overlay as a user writes one
# (kustomize wants relative paths), rendered into $work/NAME.yaml.
with_component() {
  mkdir -p "$work/$1"
  printf '%s\n' "apiVersion: kustomize.config.k8s.io/v1beta1" "kind: Kustomization" \
    "resources: [../../../deploy/kubernetes]" \
    "components: [../../../deploy/kubernetes/components/$2]" >"$work/$1/kustomization.yaml"
  kubectl kustomize "$work/$1" >"$work/$1.yaml"
}
with_component monitored servicemonitor
with_component geoip geoip

step "kubernetes-validate --strict against Kubernetes $KUBERNETES_VERSION"
# The ServiceMonitor is a custom resource with no schema in Kubernetes
# itself: kubernetes-validate warns about it, and the checks below read it.
"$venv/bin/kubernetes-validate" --strict --quiet -k "$KUBERNETES_VERSION" \
  "$work/base.yaml" "$work/monitored.yaml" "$work/geoip.yaml"

step "the objects, labels, probes and timings agree"
"$venv/bin/python" - "$work/base.yaml" "$work/monitored.yaml" "$work/geoip.yaml" <<'EOF'
import sys
import yaml

def load(path):
    return {doc["kind"]: doc for doc in yaml.safe_load_all(open(path)) if doc}

base, monitored, geoip = load(sys.argv[1]), load(sys.argv[2]), load(sys.argv[3])
problems = []
def check(ok, what):
    if not ok:
        problems.append(what)

wanted = {"Namespace", "ServiceAccount", "ConfigMap", "Deployment", "Service",
          "PodDisruptionBudget", "HorizontalPodAutoscaler", "NetworkPolicy"}
check(set(base) == wanted, f"base has {sorted(base)}, wants {sorted(wanted)}")
check(set(monitored) == wanted | {"ServiceMonitor"}, "the component adds one ServiceMonitor")
for kind, doc in monitored.items():
    labels = doc["metadata"].get("labels", {})
    check(labels.get("app.kubernetes.io/name") == "moscow-time", f"{kind} lacks app.kubernetes.io/name")
    if kind != "Namespace":
        check(doc["metadata"].get("namespace") == "moscow-time", f"{kind} is not in the moscow-time namespace")

deployment = base["Deployment"]["spec"]
pod = deployment["template"]["spec"]
container = pod["containers"][0]
env = {item["name"]: item.get("value") for item in container.get("env", [])}
drain = int(env["ROCKET_DRAIN"])
grace, mercy = 2, 2  # Rocket's defaults, which the manifests leave alone
check("ROCKET_SHUTDOWN" not in env, "shutdown timings changed: update grace and mercy here")
# Rocket waits one second past grace + mercy before giving up.
check(pod["terminationGracePeriodSeconds"] > drain + grace + mercy + 1,
      "terminationGracePeriodSeconds must outlast drain + grace + mercy + 1")
readiness = container["readinessProbe"]
noticed = readiness["periodSeconds"] * readiness["failureThreshold"]
check(drain > noticed, f"the drain ({drain} s) must outlast the readiness probe noticing ({noticed} s)")
check(readiness["httpGet"]["path"] == "/ready", "readiness probes /ready")
check(container["livenessProbe"]["httpGet"]["path"] == "/health", "liveness probes /health")
check(container["startupProbe"]["httpGet"]["path"] == "/health", "startup probes /health")
check(deployment["replicas"] == 2, "two replicas")
check(deployment["strategy"]["rollingUpdate"] == {"maxSurge": 1, "maxUnavailable": 0},
      "a new pod is ready before an old one stops")
check(deployment.get("progressDeadlineSeconds", 600) <= 120, "a stalled rollout is reported within two minutes")
check(pod["automountServiceAccountToken"] is False, "no service account token")
check(pod["securityContext"]["runAsUser"] == 65532, "runs as distroless's nonroot UID")
check(container["image"].startswith("moscow-time:distroless"), "the distroless image")
check(base["Namespace"]["metadata"]["labels"]["pod-security.kubernetes.io/enforce"] == "restricted",
      "the namespace enforces the restricted Pod Security Standard")
policy = base["NetworkPolicy"]["spec"]
check(policy["ingress"] == [{"ports": [{"port": 8000, "protocol": "TCP"}, {"port": 2342, "protocol": "UDP"}]}],
      "ingress to 8000/TCP and ezTime's 2342/UDP only")
service_ports = {p["name"]: p for p in base["Service"]["spec"]["ports"]}
container_ports = {p["name"]: p for p in container["ports"]}
check(service_ports.get("timezoned", {}).get("protocol") == "UDP"
      and container_ports.get(service_ports["timezoned"]["targetPort"], {}).get("containerPort") == 2342
      and container_ports["timezoned"]["protocol"] == "UDP",
      "the Service carries UDP 2342 to the container's timezoned port")
check(policy["egress"] == [] and "Egress" in policy["policyTypes"], "no egress")
service_port = base["Service"]["spec"]["ports"][0]["name"]
check(monitored["ServiceMonitor"]["spec"]["endpoints"][0]["port"] == service_port,
      "the ServiceMonitor scrapes the Service's port by name")
check(set(geoip) == wanted | {"PersistentVolumeClaim"}, "the GeoIP component adds one claim")
geoip_pod = geoip["Deployment"]["spec"]["template"]["spec"]
geoip_container = geoip_pod["containers"][0]
geoip_env = {item["name"]: item.get("value") for item in geoip_container["env"]}
mount = geoip_container["volumeMounts"][0]
volume = {v["name"]: v for v in geoip_pod["volumes"]}[mount["name"]]
check(geoip_env.get("ROCKET_GEOIP_DB", "").startswith(mount["mountPath"] + "/"),
      "ROCKET_GEOIP_DB names a file on the mounted volume")
check(geoip_env.get("ROCKET_DRAIN") == env["ROCKET_DRAIN"], "the GeoIP component keeps the drain")
check(mount["readOnly"] is True and volume["persistentVolumeClaim"]["readOnly"] is True,
      "the GeoIP volume is mounted read-only")
check(volume["persistentVolumeClaim"]["claimName"] == geoip["PersistentVolumeClaim"]["metadata"]["name"],
      "the pods mount the component's claim")
def mebibytes(quantity):
    return int(quantity.removesuffix("Mi"))
base_memory = container["resources"]
geoip_memory = geoip_container["resources"]
# A city database of up to 130 MB (124 MiB), held twice once a new file has been read.
for kind in ("requests", "limits"):
    check(mebibytes(geoip_memory[kind]["memory"]) >= mebibytes(base_memory[kind]["memory"]) + 2 * 124,
          f"GeoIP memory {kind}: the base's and twice a 130 MB city database")
hpa = base["HorizontalPodAutoscaler"]["spec"]
budget = base["PodDisruptionBudget"]["spec"]
check(hpa["scaleTargetRef"] == {"apiVersion": "apps/v1", "kind": "Deployment",
                                "name": base["Deployment"]["metadata"]["name"]},
      "the autoscaler scales the Deployment")
check(hpa["minReplicas"] >= deployment["replicas"] and hpa["minReplicas"] > budget["minAvailable"],
      "the autoscaler keeps the Deployment's replicas, more than the disruption budget's minimum")
check(hpa["maxReplicas"] > hpa["minReplicas"], "the autoscaler has room to scale")
cpu_metrics = [m["resource"] for m in hpa["metrics"] if m["type"] == "Resource"]
check(len(cpu_metrics) == 1 and cpu_metrics[0]["name"] == "cpu"
      and cpu_metrics[0]["target"]["type"] == "Utilization"
      and "cpu" in container["resources"]["requests"],
      "the autoscaler follows CPU utilisation, against the container's CPU request")
behavior = hpa.get("behavior", {})
check(behavior.get("scaleDown", {}).get("stabilizationWindowSeconds", 0) >= 60,
      "the autoscaler scales down only after a stable minute or more")
check(behavior.get("scaleUp", {}).get("stabilizationWindowSeconds", 1) == 0,
      "the autoscaler scales up at once (a pod is ready in about a second)")
for problem in problems:
    print("FAIL:", problem)
sys.exit(1 if problems else 0)
EOF

step "checkov: the manifests and both Dockerfiles"
# --skip-download: no calls out for guidelines (none can be made here).
"$venv/bin/checkov" --quiet --compact --skip-download --framework kubernetes \
  -f "$work/monitored.yaml" -f "$work/geoip.yaml"
"$venv/bin/checkov" --quiet --compact --skip-download --framework dockerfile \
  -f Dockerfile -f Dockerfile.distroless
echo "kubernetes manifests: rendered, valid, consistent; checkov 0 failed"
