"""Benchmark model registry for Serenity.

``MODELS`` maps a model name to ``(builder, input_shape, source)``; the
builder returns a freshly initialised ``torch.nn.Module`` (call it after
``torch.manual_seed``).  torchvision models are imported lazily so the
hand-written networks can be used without torchvision.
"""

from . import darts, randwire, swiftnet


def _tv(name, **kw):
    def build():
        import torchvision.models as tvm
        return getattr(tvm, name)(weights=None, **kw)
    build.__name__ = name
    return build


MODELS = {
    # Paper benchmarks (hand-written, see nets/*.py)
    "darts_v2_imagenet": (darts.darts_v2_imagenet, (1, 3, 224, 224),
                          "DARTS-V2 NetworkImageNet C=48, 14 cells"),
    "darts_v2_cifar10": (darts.darts_v2_cifar, (1, 3, 32, 32),
                         "DARTS-V2 NetworkCIFAR C=36, 20 cells"),
    "randwire_ws_cifar10": (randwire.randwire_ws_small_cifar10,
                            (1, 3, 32, 32),
                            "RandWire WS(32,4,0.75) small, C=78, CIFAR-10"),
    "randwire_ws_cifar100": (randwire.randwire_ws_small_cifar100,
                             (1, 3, 32, 32),
                             "RandWire WS(32,4,0.75) small, C=78, CIFAR-100"),
    "randwire_ws_imagenet": (randwire.randwire_ws_small_imagenet,
                             (1, 3, 224, 224),
                             "RandWire WS(32,4,0.75) small, C=78, ImageNet"),
    "swiftnet_like_hpd": (swiftnet.swiftnet_like_hpd, (1, 3, 128, 128),
                          "SwiftNet-like cells (approximation), 2 classes"),
    # torchvision, random init
    "googlenet": (_tv("googlenet", aux_logits=False, init_weights=True),
                  (1, 3, 224, 224), "torchvision"),
    "inception_v3": (_tv("inception_v3", aux_logits=False, init_weights=True),
                     (1, 3, 299, 299), "torchvision"),
    "densenet121": (_tv("densenet121"), (1, 3, 224, 224), "torchvision"),
    "mnasnet1_0": (_tv("mnasnet1_0"), (1, 3, 224, 224), "torchvision"),
    "efficientnet_b0": (_tv("efficientnet_b0"), (1, 3, 224, 224),
                        "torchvision"),
    "mobilenet_v2": (_tv("mobilenet_v2"), (1, 3, 224, 224), "torchvision"),
    "squeezenet1_0": (_tv("squeezenet1_0"), (1, 3, 224, 224), "torchvision"),
    "shufflenet_v2_x1_0": (_tv("shufflenet_v2_x1_0"), (1, 3, 224, 224),
                           "torchvision"),
    "regnet_x_400mf": (_tv("regnet_x_400mf"), (1, 3, 224, 224),
                       "torchvision"),
}
